// The API contract, checked on every answer the API tests get: the answer's status must be documented for
// its operation in /api/openapi.json (or fall under `default`), its media type must be one the document
// lists, and a JSON body must validate against the documented schema. The validator is independent of
// zod (@cfworker/json-schema, JSON Schema 2020-12), so a schema zod emits wrongly fails here too.
import { Validator, type Schema } from '@cfworker/json-schema';

interface MediaType {
  schema?: Schema;
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId?: string;
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; responses?: Record<string, ResponseObject> };
}

export interface Answer {
  method: string;
  /** The path as called, possibly with a query. */
  path: string;
  status: number;
  contentType: string | null;
  /** The body as parsed (JSON), or the text, or undefined when empty. */
  body: unknown;
}

const mediaTypeOf = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

export interface ContractChecker {
  /** What is wrong with the answer (empty: it keeps the contract); undocumented paths are not checked. */
  problems(answer: Answer): string[];
}

export function contractChecker(doc: OpenApiDocument): ContractChecker {
  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    pattern: new RegExp(
      `^${template
        .split(/(\{\w+\})/)
        .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    ),
  }));
  // Literal segments win over parameters (/api/me/work is not /api/me/{id}).
  const literalness = (t: string) => t.replace(/\{\w+\}/g, '').length;
  templates.sort((a, b) => literalness(b.template) - literalness(a.template));
  const validators = new Map<unknown, Validator>();
  const validatorOf = (schema: Schema) => {
    let v = validators.get(schema);
    if (!v) {
      // The components travel with the schema, so its $refs (#/components/schemas/…) resolve.
      v = new Validator(
        { ...schema, components: { schemas: doc.components.schemas } } as Schema,
        '2020-12',
        false,
      );
      validators.set(schema, v);
    }
    return v;
  };
  const resolve = (response: ResponseObject): ResponseObject => {
    const name = response.$ref?.replace('#/components/responses/', '');
    return name ? (doc.components.responses?.[name] ?? {}) : response;
  };

  return {
    problems(answer) {
      const path = answer.path.split('?')[0]!;
      const found = templates.find((t) => t.pattern.test(path));
      const operation = found && doc.paths[found.template]![answer.method.toLowerCase()];
      if (!found || !operation) return [];
      const where = `${answer.method.toUpperCase()} ${found.template} (${operation.operationId ?? '?'}) → ${answer.status}`;
      const documented = operation.responses[String(answer.status)] ?? operation.responses['default'];
      if (!documented) return [`${where}: status not documented`];
      const response = resolve(documented);
      const empty = answer.body === undefined || answer.body === '';
      if (!response.content) return empty ? [] : [`${where}: documented without a body, but has one`];
      const mediaType = answer.contentType ? mediaTypeOf(answer.contentType) : null;
      const content = mediaType ? response.content[mediaType] : undefined;
      if (!content)
        return [
          `${where}: media type ${mediaType ?? '(none)'} not documented (${Object.keys(response.content).join(', ')})`,
        ];
      if (mediaType !== 'application/json' || !content.schema) return [];
      const result = validatorOf(content.schema).validate(answer.body);
      if (result.valid) return [];
      // The innermost errors say what is wrong; the enclosing ones only that something inside is.
      const inner = result.errors.filter(
        (e) => !['properties', 'items', '$ref', 'allOf'].includes(e.keyword),
      );
      return (inner.length ? inner : result.errors)
        .slice(0, 8)
        .map((e) => `${where}: ${e.instanceLocation} ${e.error}`);
    },
  };
}

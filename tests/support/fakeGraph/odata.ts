// The slice of OData the fake understands, parsed strictly like Graph: `fields/X eq <literal>` joined by
// `and`; string literals in single quotes with a quote doubled; numbers, true/false and null.
export type Literal = string | number | boolean | null;

export interface Comparison {
  field: string;
  value: Literal;
}

export class ODataSyntaxError extends Error {}

type Token =
  { kind: 'word'; text: string } | { kind: 'string'; text: string } | { kind: 'paren'; text: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new ODataSyntaxError('Unterminated string literal');
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += input[i++];
      }
      tokens.push({ kind: 'string', text });
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: 'paren', text: ch });
      i++;
    } else {
      let text = '';
      while (i < input.length && !/[\s()']/.test(input[i]!)) text += input[i++];
      tokens.push({ kind: 'word', text });
    }
  }
  return tokens;
}

export function parseFilter(filter: string): Comparison[] {
  const tokens = tokenize(filter);
  const out: Comparison[] = [];
  let i = 0;
  for (;;) {
    const subject = tokens[i++];
    const op = tokens[i++];
    const literal = tokens[i++];
    if (subject?.kind !== 'word' || !/^fields\/[A-Za-z_][A-Za-z0-9_]*$/.test(subject.text))
      throw new ODataSyntaxError(`Expected fields/<column>, got ${subject?.text ?? 'end of filter'}`);
    if (op?.kind !== 'word' || op.text !== 'eq')
      throw new ODataSyntaxError(`Only eq is supported, got ${op?.text}`);
    let value: Literal;
    if (literal?.kind === 'string') value = literal.text;
    else if (literal?.kind === 'word' && /^-?\d+(\.\d+)?$/.test(literal.text)) value = Number(literal.text);
    else if (literal?.kind === 'word' && (literal.text === 'true' || literal.text === 'false'))
      value = literal.text === 'true';
    else if (literal?.kind === 'word' && literal.text === 'null') value = null;
    else throw new ODataSyntaxError(`Bad literal ${literal?.text ?? 'at end of filter'}`);
    out.push({ field: subject.text.slice('fields/'.length), value });
    const next = tokens[i++];
    if (!next) return out;
    if (next.kind !== 'word' || next.text !== 'and')
      throw new ODataSyntaxError(`Expected and, got ${next.text}`);
  }
}

export interface OrderBy {
  field: string;
  desc: boolean;
}

export function parseOrderBy(orderBy: string): OrderBy {
  const match = /^fields\/([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?$/.exec(orderBy.trim());
  if (!match) throw new ODataSyntaxError(`Unsupported $orderby ${orderBy}`);
  return { field: match[1]!, desc: match[2] === 'desc' };
}

/** `fields($select=A,B)` or `fields(select=A,B)` → ['A','B']; `fields` → undefined (all). */
export function parseExpand(expand: string): { fields: boolean; select?: string[] } {
  const match = /^fields(?:\(\$?select=([^)]*)\))?$/.exec(expand.trim());
  if (!match) throw new ODataSyntaxError(`Unsupported $expand ${expand}`);
  return { fields: true, select: match[1] ? match[1].split(',').map((s) => s.trim()) : undefined };
}

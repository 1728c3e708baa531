// The shapes of the route table: what a route declares and what its handler gets.
import { z } from 'zod';
import type { RequestContext } from '../../../services/context';

/** A route's answer that is a file to download rather than JSON. */
export class FileResult {
  constructor(
    readonly body: Buffer,
    readonly contentType: string,
    readonly filename: string,
  ) {}
}

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const CSV = 'text/csv; charset=utf-8';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  ctx: RequestContext;
  ifMatch: string | undefined;
}

export interface RouteDef {
  method: Method;
  /** OpenAPI-style path: /api/objects/{id} */
  path: string;
  /** The operation's name in /api/openapi.json (what generated clients call it): unique, camelCase. */
  operationId?: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /**
   * The JSON body of the success answer (200/201). The OpenAPI document publishes it and the API tests
   * validate every real answer against it (tests/support/testApp.ts). Not needed for 204.
   */
  response?: z.ZodType;
  /** Media types of a file answer (FileResult), e.g. DOCX; with `response` as well, the JSON is the other one. */
  files?: readonly string[];
  /** Success status: 200 by default, 201 for creations, 204 when nothing is returned. */
  status?: 200 | 201 | 204;
  /** Sends If-Match: required on updates and deletes alike (428 without it); `*` matches any version. */
  ifMatch?: 'required' | 'optional';
  /** Answers without asking who is calling (liveness probes carry no token). */
  anonymous?: boolean;
  /**
   * The body is not JSON but a file of one of these media types (an import): the handler gets text/csv as
   * text and an Excel workbook (XLSX) as bytes.
   */
  accepts?: readonly ('text/csv' | typeof XLSX)[];
  handle(input: RouteInput): Promise<unknown>;
}

export const objectFilter = z.strictObject({
  objectId: z.string().max(100).optional(),
  personId: z.string().max(100).optional(),
  forumId: z.string().max(100).optional(),
  planId: z.string().max(100).optional(),
});

export interface RouteInfo {
  storeKind: string;
  authMode: string;
  /** Word renderers the composition root hands in (adapters do not import one another). */
  documents?: { report(model: unknown, generatedOn: string): Promise<Buffer> };
  /** Today in Stockholm, for the date printed on documents. */
  today?: () => string;
}

/** The `{id}` path parameter. */
export const idOf = (i: RouteInput): string => i.params['id']!;

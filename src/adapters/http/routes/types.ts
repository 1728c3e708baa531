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
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** The shape of the 2xx answer (OpenAPI components and response validation are built from it). */
  response?: z.ZodType;
  /** Success status: 200 by default, 201 for creations, 204 when nothing is returned. */
  status?: 200 | 201 | 204;
  /** Sends If-Match: required on updates and deletes alike (428 without it); `*` matches any version. */
  ifMatch?: 'required' | 'optional';
  /** Answers without asking who is calling (liveness probes carry no token). */
  anonymous?: boolean;
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
}

/** The `{id}` path parameter. */
export const idOf = (i: RouteInput): string => i.params['id']!;

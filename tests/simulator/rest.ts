import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenApiChecker } from './openapi.ts';
import type { RateLimiter } from './rate-limits.ts';

/** An error answer, shaped as Discord's: `{ code, message }` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RestRequest {
  method: string;
  path: string;
  route: string;
  params: string[];
  query: URLSearchParams;
  body: any;
  files: UploadedFile[];
  authorized: boolean;
}

export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (request: RestRequest) => RestReply | Promise<RestReply>;

export interface RecordedRequest {
  method: string;
  path: string;
  route: string | null;
  body: unknown;
  status: number;
  at: number;
}

export interface Rejection {
  method: string;
  path: string;
  status: number;
  /** Discord's JSON error code (0 where Discord sends none). */
  code: number;
  reason: string;
}

/** Routes that take no bot token (interaction responses ride on the interaction's token). */
const tokenless = /^\/(interactions|webhooks)\//;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Splits a multipart/form-data body into its parts: payload_json and the uploaded files. */
function parseMultipart(raw: Buffer, boundary: string): { json: unknown; files: UploadedFile[] } {
  const delimiter = Buffer.from(`--${boundary}`);
  const files: UploadedFile[] = [];
  let json: unknown = {};
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const data = part.subarray(split + 4);
    const field = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (field === 'payload_json') json = JSON.parse(data.toString('utf8'));
    else if (filename !== undefined)
      files.push({
        field,
        filename,
        contentType: /Content-Type: (\S+)/i.exec(headers)?.[1] ?? '',
        data: Buffer.from(data),
      });
    start = next;
  }
  return { json, files };
}

/** The JSON payload of a JSON or multipart request, with any uploaded files beside it. */
function parsePayload(raw: Buffer, contentType: string | undefined): { body: unknown; files: UploadedFile[] } {
  if (raw.length === 0) return { body: undefined, files: [] };
  const boundary = /multipart\/form-data; boundary=(.+)$/.exec(contentType ?? '')?.[1];
  if (boundary) {
    const { json, files } = parseMultipart(raw, boundary.replace(/^"|"$/g, ''));
    return { body: json, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

export interface RestServerOptions {
  checker: OpenApiChecker;
  token: string;
  routes: Map<string, RouteHandler>;
  requests: RecordedRequest[];
  rejections: Rejection[];
  /**
   * Stands in front of each request: it may delay it, answer it instead (rate limits), or
   * run it with `next` and then lose the answer (a crash or network fault after Discord acted).
   */
  gate?: (request: RestRequest, next: () => Promise<RestReply>) => Promise<RestReply>;
  limiter?: RateLimiter;
  /** Where answers that do not match Discord's documented responses are noted. */
  answerViolations?: string[];
}

/**
 * Serves /api/v10: every request is recorded, checked against Discord's OpenAPI description,
 * authorized, and given to its handler. Anything Discord would refuse is refused and recorded.
 */
export function createRestHandler(options: RestServerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Limits count a request when it arrives, not after its body has been read and checked.
    const arrivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v10/, '');
    let reply: RestReply;
    let route: string | null = null;
    let body: unknown;
    try {
      const parsed = parsePayload(await readBody(req), req.headers['content-type']);
      body = parsed.body;
      const violations = options.checker.check(method, path, body);
      route = options.checker.route(method, path);
      if (violations.length)
        throw new ApiError(route ? 400 : 404, route ? 50035 : 0, violations.map((v) => v.reason).join('; '));
      const authorized = req.headers.authorization === `Bot ${options.token}`;
      if (!tokenless.test(path) && !authorized) throw new ApiError(401, 0, '401: Unauthorized');
      const handler = options.routes.get(`${method} ${route}`);
      if (!handler) throw new ApiError(501, 0, `the simulator does not implement ${method} ${route}`);
      const params = [
        ...(new RegExp(`^${(route as string).replace(/\{[^}]+\}/g, '([^/]+)')}$`).exec(decodeURIComponent(path)) ?? []),
      ].slice(1);
      const request: RestRequest = {
        method,
        path,
        route: route as string,
        params,
        query: url.searchParams,
        body,
        files: parsed.files,
        authorized,
      };
      const limited = options.limiter?.check(request, arrivedAt);
      const next = async () => handler(request);
      reply = limited?.refuse ?? (options.gate ? await options.gate(request, next) : await next());
      if (limited && !limited.refuse) reply = { ...reply, headers: { ...limited.headers, ...reply.headers } };
    } catch (error) {
      const api =
        error instanceof ApiError
          ? error
          : new ApiError(500, 0, error instanceof Error ? error.message : String(error));
      reply = { status: api.status, body: { code: api.code, message: api.message } };
      if (api.status !== 429)
        options.rejections.push({ method, path, status: api.status, code: api.code, reason: api.message });
    }
    options.requests.push({ method, path, route, body, status: reply.status, at: arrivedAt });
    if (route)
      for (const violation of options.checker.checkResponse(method, route, reply.status, reply.body))
        options.answerViolations?.push(violation.reason);
    const empty = reply.status === 204 || reply.body === undefined;
    const headers: Record<string, string> = {
      ...(empty ? {} : { 'content-type': 'application/json' }),
      ...reply.headers,
    };
    res.writeHead(reply.status, headers);
    res.end(empty ? undefined : JSON.stringify(reply.body));
  };
}

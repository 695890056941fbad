import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenApiChecker } from './openapi.ts';

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
  authorized: boolean;
}

export interface RestReply {
  status: number;
  body?: unknown;
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
  reason: string;
}

/** Routes that take no bot token (interaction responses ride on the interaction's token). */
const tokenless = /^\/(interactions|webhooks)\//;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Extracts the JSON payload of a JSON or multipart (payload_json) request. */
function parsePayload(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (contentType?.startsWith('multipart/form-data')) {
    const match = /name="payload_json"\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
    return match ? JSON.parse(match[1] as string) : {};
  }
  return JSON.parse(raw);
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
}

/**
 * Serves /api/v10: every request is recorded, checked against Discord's OpenAPI description,
 * authorized, and given to its handler. Anything Discord would refuse is refused and recorded.
 */
export function createRestHandler(options: RestServerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v10/, '');
    let reply: RestReply;
    let route: string | null = null;
    let body: unknown;
    try {
      body = parsePayload(await readBody(req), req.headers['content-type']);
      const violations = options.checker.check(method, path, body);
      route = options.checker.route(method, path);
      if (violations.length) throw new ApiError(route ? 400 : 404, route ? 50035 : 0, violations.map((v) => v.reason).join('; '));
      const authorized = req.headers.authorization === `Bot ${options.token}`;
      if (!tokenless.test(path) && !authorized) throw new ApiError(401, 0, '401: Unauthorized');
      const handler = options.routes.get(`${method} ${route}`);
      if (!handler) throw new ApiError(501, 0, `the simulator does not implement ${method} ${route}`);
      const params = [...(new RegExp(`^${(route as string).replace(/\{[^}]+\}/g, '([^/]+)')}$`).exec(decodeURIComponent(path)) ?? [])].slice(1);
      const request: RestRequest = { method, path, route: route as string, params, query: url.searchParams, body, authorized };
      const next = async () => handler(request);
      reply = options.gate ? await options.gate(request, next) : await next();
    } catch (error) {
      const api = error instanceof ApiError ? error : new ApiError(500, 0, error instanceof Error ? error.message : String(error));
      reply = { status: api.status, body: { code: api.code, message: api.message } };
      if (api.status !== 429) options.rejections.push({ method, path, status: api.status, reason: api.message });
    }
    options.requests.push({ method, path, route, body, status: reply.status, at: Date.now() });
    const empty = reply.status === 204 || reply.body === undefined;
    const headers: Record<string, string> = empty ? {} : { 'content-type': 'application/json' };
    if (reply.status === 429) {
      const retryAfter = (reply.body as { retry_after: number }).retry_after;
      Object.assign(headers, { 'retry-after': String(Math.ceil(retryAfter)), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' });
    }
    res.writeHead(reply.status, headers);
    res.end(empty ? undefined : JSON.stringify(reply.body));
  };
}

import type { RestReply, RestRequest } from './rest.ts';

export interface Limit {
  limit: number;
  windowMs: number;
}

export interface RateLimitSettings {
  /** All requests with the bot token, per second (Discord: 50). */
  global: Limit;
  /** Per route template, counted per major parameter (the channel), as Discord's buckets are. */
  routes: Record<string, Limit>;
}

export const discordLimits: RateLimitSettings = {
  global: { limit: 50, windowMs: 1000 },
  routes: { 'POST /channels/{channel_id}/threads': { limit: 10, windowMs: 10_000 } },
};

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Fixed-window rate limits with Discord's headers. A request over a limit gets a 429 with
 * `retry_after`; every limited route's answer says how much is left, so a well-behaved
 * client waits instead of tripping the limit.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  /** The 429s sent: a well-behaved bot causes none. */
  readonly tripped: { route: string; path: string; global: boolean; at: number }[] = [];

  /** Routes ("POST /channels/{channel_id}/messages") whose next requests get a 429 whatever their bucket holds. */
  private readonly surprises = new Map<string, { count: number; retryAfter: number }>();

  constructor(public settings: RateLimitSettings) {}

  /**
   * Answers the next `count` requests on `route` with a 429 (Discord's headers, `retry_after`
   * seconds), as Discord does when a bucket the bot cannot see is spent (another client on the
   * same token, a limit Discord announces only by refusing). Recorded in `tripped` like any other.
   */
  limitNext(route: string, options: { count?: number; retryAfter?: number } = {}): void {
    this.surprises.set(route, { count: options.count ?? 1, retryAfter: options.retryAfter ?? 1 });
  }

  private take(key: string, limit: Limit, now: number): { ok: boolean; remaining: number; resetAfter: number } {
    let window = this.windows.get(key);
    if (!window || now >= window.resetAt) {
      window = { count: 0, resetAt: now + limit.windowMs };
      this.windows.set(key, window);
    }
    const resetAfter = (window.resetAt - now) / 1000;
    if (window.count >= limit.limit) return { ok: false, remaining: 0, resetAfter };
    window.count += 1;
    return { ok: true, remaining: limit.limit - window.count, resetAfter };
  }

  /** A 429 to send instead of serving the request, or the headers to add to its answer. */
  check(request: RestRequest, now = Date.now()): { refuse: RestReply | null; headers: Record<string, string> } {
    const routeKey = `${request.method} ${request.route}`;
    const limit = this.settings.routes[routeKey];
    const headers: Record<string, string> = {};
    const surprise = this.surprises.get(routeKey);
    if (surprise && surprise.count > 0) {
      surprise.count -= 1;
      this.tripped.push({ route: routeKey, path: request.path, global: false, at: now });
      return {
        refuse: tooMany(surprise.retryAfter, false, bucketHeaders(routeKey, 1, 0, now, surprise.retryAfter)),
        headers,
      };
    }
    if (limit) {
      const bucket = `${routeKey}:${request.params[0] ?? ''}`;
      const taken = this.take(bucket, limit, now);
      Object.assign(headers, bucketHeaders(routeKey, limit.limit, taken.remaining, now, taken.resetAfter));
      if (!taken.ok) {
        this.tripped.push({ route: routeKey, path: request.path, global: false, at: now });
        return { refuse: tooMany(taken.resetAfter, false, headers), headers };
      }
    }
    if (request.authorized) {
      const global = this.take('global', this.settings.global, now);
      if (!global.ok) {
        this.tripped.push({ route: routeKey, path: request.path, global: true, at: now });
        return {
          refuse: tooMany(global.resetAfter, true, { 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }),
          headers,
        };
      }
    }
    return { refuse: null, headers };
  }
}

function bucketHeaders(routeKey: string, limit: number, remaining: number, now: number, resetAfter: number) {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String((now / 1000 + resetAfter).toFixed(3)),
    'x-ratelimit-reset-after': resetAfter.toFixed(3),
    'x-ratelimit-bucket': Buffer.from(routeKey).toString('hex').slice(0, 16),
  };
}

function tooMany(retryAfter: number, global: boolean, headers: Record<string, string>): RestReply {
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global, code: global ? 0 : 0 },
    headers: {
      ...headers,
      'retry-after': String(Math.max(1, Math.ceil(retryAfter))),
      'x-ratelimit-scope': global ? 'global' : 'user',
    },
  };
}

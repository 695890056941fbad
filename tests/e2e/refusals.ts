import type { DiscordSimulator } from '../simulator/simulator.ts';

/* Refusals: what the simulated Discord refused or rate-limited, and what a test declared it expects. */

/** A request the simulated Discord refused, or answered with a 429 (`rateLimited`). */
export interface Refusal {
  method: string;
  path: string;
  status: number;
  /** Discord's JSON error code (0 where Discord sends none). */
  code: number;
  reason: string;
  rateLimited: boolean;
}

/**
 * Refusals a test expects. Every field given must match: `path` as a substring or a pattern
 * of the request's path, `reason` likewise of Discord's message. Or a function of the refusal.
 */
export type RefusalPattern =
  | {
      status?: number;
      code?: number;
      method?: string;
      path?: string | RegExp;
      reason?: string | RegExp;
      rateLimited?: boolean;
    }
  | ((refusal: Refusal) => boolean);

interface ExpectedRefusal {
  pattern: RefusalPattern;
  why: string;
  optional: boolean;
  seen: number;
}

/** Everything the simulator refused or rate-limited, as refusals. */
export function refusalsOf(sim: DiscordSimulator): Refusal[] {
  return [
    ...sim.rejections.map((r) => ({ ...r, rateLimited: false })),
    ...sim.limiter.tripped.map((t) => ({
      method: t.route.split(' ')[0]!,
      path: t.path,
      status: 429,
      code: 0,
      reason: `rate limited on ${t.route}${t.global ? ' (global)' : ''}`,
      rateLimited: true,
    })),
  ];
}

function matches(pattern: RefusalPattern, refusal: Refusal): boolean {
  if (typeof pattern === 'function') return pattern(refusal);
  const text = (want: string | RegExp | undefined, got: string) =>
    want === undefined || (typeof want === 'string' ? got.includes(want) : want.test(got));
  return (
    (pattern.status === undefined || pattern.status === refusal.status) &&
    (pattern.code === undefined || pattern.code === refusal.code) &&
    (pattern.method === undefined || pattern.method.toUpperCase() === refusal.method) &&
    (pattern.rateLimited === undefined || pattern.rateLimited === refusal.rateLimited) &&
    text(pattern.path, refusal.path) &&
    text(pattern.reason, refusal.reason)
  );
}

export const describeRefusal = (r: Refusal) =>
  `${r.method} ${r.path}: ${r.status}${r.code ? ` (code ${r.code})` : ''} ${r.reason}`;
const describePattern = (e: ExpectedRefusal) =>
  `${typeof e.pattern === 'function' ? String(e.pattern) : JSON.stringify(e.pattern, (_k, v) => (v instanceof RegExp ? String(v) : v))}${e.why ? ` (${e.why})` : ''}`;

/**
 * What is wrong with the refusals `sim` saw, given the expected ones: refusals nothing declared,
 * and declared refusals (not optional) that never happened. Empty when all is well.
 */
function refusalProblems(sim: DiscordSimulator, expected: ExpectedRefusal[]): string[] {
  for (const e of expected) e.seen = 0;
  const unexpected: Refusal[] = [];
  for (const refusal of refusalsOf(sim)) {
    const declared = expected.find((e) => matches(e.pattern, refusal));
    if (declared) declared.seen += 1;
    else unexpected.push(refusal);
  }
  const missing = expected.filter((e) => !e.optional && e.seen === 0);
  return [
    ...(unexpected.length
      ? [
          `Discord refused ${unexpected.length} request(s) the test did not expect (declare expected ones with expectRefused):`,
          ...unexpected.map((r) => `  ${describeRefusal(r)}`),
        ]
      : []),
    ...(missing.length
      ? ['Refusals the test expected that never happened:', ...missing.map((e) => `  ${describePattern(e)}`)]
      : []),
  ];
}

/**
 * For a test that drives a `DiscordSimulator` of its own: declare the refusals it expects with
 * `expect`, and call `check()` when done (e.g. in `afterEach`); it throws on any other refusal
 * or rate limit, and on an expected one that never happened.
 */
export function refusalCheck(sim: DiscordSimulator) {
  const expected: ExpectedRefusal[] = [];
  return {
    expect(pattern: RefusalPattern, why = '', options: { optional?: boolean } = {}) {
      expected.push({ pattern, why, optional: options.optional ?? false, seen: 0 });
    },
    problems: () => refusalProblems(sim, expected),
    check() {
      const problems = refusalProblems(sim, expected);
      if (problems.length) throw new Error(problems.join('\n'));
    },
  };
}

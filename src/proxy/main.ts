import { z } from 'zod';
import { ConfigError, loadDotEnv } from '../config.ts';
import { exitOnConfigError } from '../exit-codes.ts';
import { createLogger } from '../log.ts';
import { startRestProxy } from './rest-proxy.ts';

/**
 * `npm run proxy`: the one REST proxy every bot process of one token points DISCORD_API_URL at.
 * It forwards the bot's token from each request, so keep it on a private network.
 */
const schema = z.object({
  PROXY_HOST: z.string().default('127.0.0.1'),
  /** 0 picks a free port (logged as proxy.listening). */
  PROXY_PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  /** Discord's API by default; the local simulator in tests. */
  PROXY_UPSTREAM_URL: z.url().optional(),
  PROXY_RATE: z.coerce.number().min(1).max(49).default(48),
  /** When set, only requests with this bot's token are forwarded. */
  DISCORD_TOKEN: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

loadDotEnv();
const parsed = schema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
if (!parsed.success) {
  // Exit code 78, as the bot's (README, "Exit codes").
  exitOnConfigError(new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)));
}
const config = parsed.data;
const log = createLogger(config.LOG_LEVEL, undefined, { secrets: config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [] });
const proxy = await startRestProxy({
  host: config.PROXY_HOST,
  port: config.PROXY_PORT,
  rate: config.PROXY_RATE,
  log,
  ...(config.DISCORD_TOKEN ? { token: config.DISCORD_TOKEN } : {}),
  ...(config.PROXY_UPSTREAM_URL ? { upstream: config.PROXY_UPSTREAM_URL } : {}),
});
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => {
    log.info('shutdown', { signal });
    proxy.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });

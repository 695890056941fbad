import { existsSync } from 'node:fs';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

const configSchema = z.object({
  DISCORD_TOKEN: z
    .string({
      error: 'is required (the bot token from the Developer Portal; to try the bot without one: npm run demo)',
    })
    .min(1, 'is required (the bot token from the Developer Portal; to try the bot without one: npm run demo)'),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:PATH or a postgres:// URL')
    .default('sqlite:./data/mentorship.sqlite'),
  /** PostgreSQL connections per process; SQLite has one. */
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'must be a whole number from 1 to 100' })
    .int('must be a whole number from 1 to 100')
    .min(1, 'must be a whole number from 1 to 100')
    .max(100, 'must be a whole number from 1 to 100')
    .default(10),
  DISCORD_API_URL: z.url({ error: 'must be a URL such as http://127.0.0.1:8080/api' }).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Ask for the privileged Server Members intent, to hear at once when a member leaves. */
  DISCORD_MEMBER_EVENTS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  /** Serve GET /healthz and GET /metrics on this port; unset: no HTTP server. */
  HTTP_PORT: z.coerce
    .number({ error: 'must be a port number from 1 to 65535' })
    .int('must be a port number from 1 to 65535')
    .min(1, 'must be a port number from 1 to 65535')
    .max(65535, 'must be a port number from 1 to 65535')
    .optional(),
  /** Where the HTTP server listens: loopback unless said otherwise (metrics are not for the world). */
  HTTP_HOST: z.string().min(1, 'must be a host name or address').default('127.0.0.1'),
  /** Days after a pairing ends that its members' written text is kept; 0 keeps it forever. */
  RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days, 0 or more (0 keeps everything)' })
    .int('must be a whole number of days, 0 or more (0 keeps everything)')
    .min(0, 'must be a whole number of days, 0 or more (0 keeps everything)')
    .max(36_500, 'must be at most 36500 days (100 years); 0 keeps everything')
    .default(365),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
}

/** Reads the configuration from `env`; empty strings count as unset. Never echoes values back. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  return parseWith(configSchema, env);
}

/** Just where the data lives, by the same rule: for tools that need no token (`npm run backup`). */
export function parseDatabaseConfig(env: NodeJS.ProcessEnv): Pick<Config, 'DATABASE_URL'> {
  return parseWith(configSchema.pick({ DATABASE_URL: true }), env);
}

/** Loads `.env` into process.env when the file exists; variables already set win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

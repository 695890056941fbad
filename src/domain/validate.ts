import type { z } from 'zod';
import { UserFacingError } from './errors.ts';
import { isMessageKey } from '../i18n/index.ts';

/** Parses with a schema whose messages are catalogue keys; the first problem becomes the refusal. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? '';
  throw new UserFacingError(isMessageKey(message) ? message : 'error.badInput');
}

import { z } from 'zod';
import { timeZoneSchema } from '../programs/program.input.ts';

/** Splits "Career, TypeScript ,career" into ["career", "typescript"]: trimmed, lower-cased, unique. */
export function normaliseTopics(raw: string): string[] {
  const topics = raw
    .split(',')
    .map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((t) => t.length > 0);
  return [...new Set(topics)];
}

export const joinSchema = z.object({
  role: z.enum(['mentor', 'mentee']),
  adult: z.boolean().refine((adult) => adult, 'error.notAdult'),
  topics: z
    .string()
    .default('')
    .transform(normaliseTopics)
    .pipe(z.array(z.string().max(40, 'error.topicLength')).max(10, 'error.tooManyTopics')),
  goals: z.string().trim().max(1000, 'error.goalsLength').default(''),
  timezone: timeZoneSchema.nullable().default(null),
});

export type JoinInput = z.input<typeof joinSchema>;

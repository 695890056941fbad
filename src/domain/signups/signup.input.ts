import { z } from 'zod';
import { availableHoursSchema } from '../meetings/available-hours.ts';
import { timeZoneSchema } from '../programs/program.input.ts';
import { freeText, isInvisibleOnly, normalizeText } from '../text.ts';

/** Splits "Career, TypeScript ,career" into ["career", "typescript"]: normalised, lower-cased, unique. */
export function normaliseTopics(raw: string): string[] {
  const topics = raw
    .split(',')
    .map((t) => normalizeText(t).toLowerCase())
    .filter((t) => t.length > 0);
  return [...new Set(topics)];
}

export const joinSchema = z.object({
  role: z.enum(['mentor', 'mentee']),
  adult: z.boolean().refine((adult) => adult, 'error.notAdult'),
  topics: z
    .string()
    .default('')
    .refine((raw) => !raw.split(',').some(isInvisibleOnly), 'error.invisibleText')
    .transform(normaliseTopics)
    .pipe(z.array(z.string().max(40, 'error.topicLength')).max(10, 'error.tooManyTopics')),
  goals: freeText({ multiline: true }).pipe(z.string().max(1000, 'error.goalsLength')).default(''),
  timezone: timeZoneSchema.nullable().default(null),
  availableHours: availableHoursSchema.nullable().default(null),
});

export type JoinInput = z.input<typeof joinSchema>;

import { z } from 'zod';
import { isValidTimeZone } from '../checkins/zoned-time.ts';
import { UserFacingError } from '../errors.ts';
import { freeText, normalizeText } from '../text.ts';

export const templateIds = ['career', 'skills', 'support', 'custom'] as const;
export const matchingModes = ['admin', 'request', 'both'] as const;

export const programNameSchema = z
  .string()
  .refine((name) => !/[\n\r]/.test(name), 'error.programNameChars')
  .pipe(freeText())
  .pipe(
    z
      .string()
      .min(1, 'error.programNameLength')
      .max(60, 'error.programNameLength')
      .refine((name) => !/[`*_~|<>@#]/.test(name), 'error.programNameChars'),
  );

export const timeZoneSchema = z.string().trim().refine(isValidTimeZone, 'error.badTimezone');

export const programSettingsSchema = z.object({
  template: z.enum(templateIds),
  pairChannelId: z.string(),
  reportChannelId: z.string(),
  moderatorRoleId: z.string().nullable(),
  checkinDay: z.number().int().min(1, 'error.badDay').max(7, 'error.badDay'),
  checkinHour: z.number().int().min(0, 'error.badHour').max(23, 'error.badHour'),
  timezone: timeZoneSchema,
  weeks: z.number().int().min(1, 'error.badWeeks').max(52, 'error.badWeeks'),
  mentorCapacity: z.number().int().min(1, 'error.badCapacity').max(25, 'error.badCapacity'),
  everyWeeks: z.number().int().min(1, 'error.badEveryWeeks').max(4, 'error.badEveryWeeks'),
  format: z.enum(['one-to-one', 'group']).default('one-to-one'),
  matching: z.enum(matchingModes).default('admin'),
  requestDays: z.number().int().min(1, 'error.badRequestDays').max(14, 'error.badRequestDays').default(3),
  pulseWeek: z.number().int().min(0, 'error.badPulseWeek').max(52, 'error.badPulseWeek').default(4),
  completionRoleId: z.string().nullable().default(null),
});

export const createProgramSchema = programSettingsSchema.extend({ name: programNameSchema });

export type ProgramSettings = z.infer<typeof programSettingsSchema>;
export type CreateProgramInput = z.infer<typeof createProgramSchema>;
/** What /program create gives: the matching settings may be left to their defaults. */
export type CreateProgramRaw = z.input<typeof createProgramSchema>;

export const programDefaults = {
  checkinDay: 1,
  checkinHour: 17,
  timezone: 'UTC',
  weeks: 8,
  mentorCapacity: 1,
  everyWeeks: 1,
  format: 'one-to-one',
  moderatorRoleId: null,
  matching: 'admin',
  requestDays: 3,
  // No pulseWeek: the schema's default applies, so a pulse week the admin gives is told from it.
} as const;

/** The key under which names are unique in a server: case and spacing do not make a new name. */
export function nameKey(name: string): string {
  return normalizeText(name).toLowerCase();
}

/**
 * A pulse week the admin gives must fall within the program (0 turns pulses off). The default is
 * not checked: a program shorter than it simply asks no pulse.
 */
export function requirePulseWithinWeeks(given: number | undefined, weeks: number): void {
  if (given !== undefined && given > weeks)
    throw new UserFacingError('error.pulseWeekAfterEnd', { week: given, weeks });
}

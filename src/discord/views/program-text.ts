import type { Program } from '../../domain/programs/program.types.ts';
import { t, type MessageKey } from '../../i18n/index.ts';

/** "every week on Monday at 17:00 (UTC), for 8 weeks", in `locale`. */
export function scheduleSummary(locale: string, program: Program): string {
  return t(locale, 'schedule.summary', {
    every: program.everyWeeks,
    day: t(locale, `weekday.${program.checkinDay}` as MessageKey),
    hour: String(program.checkinHour).padStart(2, '0'),
    timezone: program.timezone,
    weeks: program.weeks,
  });
}

export function templateName(locale: string, program: Program): string {
  return t(locale, `template.${program.template}`);
}

import type { TemplateId } from '../../db/schema.ts';
import { career } from './career.ts';
import { custom } from './custom.ts';
import type { LocalizedPlan, WeekPlan } from './plan.ts';
import { skills } from './skills.ts';
import { support } from './support.ts';

export type { WeekPlan };

export const plans: Record<TemplateId, LocalizedPlan> = { career, skills, support, custom };

/**
 * The plan for `week` (1-based) of a program lasting `totalWeeks`, in `locale`'s language:
 * the closing week last, the opening weeks first, and the steady rotation in between.
 */
export function weekPlan(template: TemplateId, week: number, totalWeeks: number, locale: string): WeekPlan {
  const plan = plans[template][locale.startsWith('fr') ? 'fr' : 'en'];
  if (week >= totalWeeks && totalWeeks > 1) return plan.closing;
  const opening = plan.weeks[week - 1];
  if (opening) return opening;
  return plan.steady[(week - plan.weeks.length - 1) % plan.steady.length] as WeekPlan;
}

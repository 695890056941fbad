export interface WeekPlan {
  topic: string;
  prompts: readonly string[];
}

/**
 * A guided plan: distinct opening weeks, a steady rotation for programs longer than the
 * opening, and a closing week that always ends the program.
 */
export interface TemplatePlan {
  weeks: readonly WeekPlan[];
  steady: readonly WeekPlan[];
  closing: WeekPlan;
}

export type LocalizedPlan = Record<'en' | 'fr', TemplatePlan>;

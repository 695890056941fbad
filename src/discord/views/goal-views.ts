import type { Goal } from '../../domain/goals/goal.types.ts';
import { escapeUserText, t } from '../../i18n/index.ts';

/** /goal list: the pair's goals, numbered, done ones ticked. */
export function goalListText(locale: string, goals: readonly Goal[]): string {
  const lines = goals.map((goal, i) => `${goal.doneAt ? '☑' : '☐'} ${i + 1}. ${escapeUserText(goal.text)}`);
  return lines.length ? [t(locale, 'goal.listTitle'), ...lines].join('\n').slice(0, 2000) : t(locale, 'goal.listEmpty');
}

import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { plans } from '../../src/domain/templates/plans.ts';
import { weekPlan } from '../../src/domain/templates/plans.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  test('English and French have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  test('each French text uses the same placeholders as its English text', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect([key, placeholders(fr[key])]).toEqual([key, placeholders(en[key])]);
  });
});

describe('template plans', () => {
  test('every template has the same shape in English and French, with two or three prompts a week', () => {
    for (const [id, plan] of Object.entries(plans)) {
      const all = (p: typeof plan.en) => [...p.weeks, ...p.steady, p.closing];
      expect([id, all(plan.fr).length]).toEqual([id, all(plan.en).length]);
      for (const week of [...all(plan.en), ...all(plan.fr)]) {
        expect(week.topic.length).toBeGreaterThan(0);
        expect(week.prompts.length).toBeGreaterThanOrEqual(2);
        expect(week.prompts.length).toBeLessThanOrEqual(3);
      }
    }
  });

  test('a long program opens with the plan, keeps rotating, and always closes with the closing week', () => {
    expect(weekPlan('career', 1, 52, 'en-US').topic).toBe('Getting to know each other');
    expect(weekPlan('career', 7, 52, 'en-US').topic).toBe('Progress and obstacles');
    expect(weekPlan('career', 10, 52, 'en-US').topic).toBe('Progress and obstacles');
    expect(weekPlan('career', 52, 52, 'en-US').topic).toBe('Looking back, looking forward');
    expect(weekPlan('support', 4, 4, 'fr').topic).toBe('Poursuivre le chemin');
    expect(weekPlan('custom', 1, 1, 'fr').topic).toBe('Présentations');
  });
});

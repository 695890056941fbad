import { describe, expect, test } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { parseMessage, t, type MessagePart } from '../../src/i18n/index.ts';
import { plans } from '../../src/domain/templates/plans.ts';
import { weekPlan } from '../../src/domain/templates/plans.ts';

const keys = Object.keys(en) as MessageKey[];
const catalogues = { en, fr } as const;

type Plural = Extract<MessagePart, { plural: string }>;
const plurals = (parts: readonly MessagePart[]): Plural[] =>
  parts.flatMap((part) =>
    typeof part === 'object' && 'plural' in part
      ? [part, ...Object.values(part.forms).flatMap((form) => plurals(form ?? []))]
      : [],
  );
/** Every name a text uses: its {name} placeholders and the counts its plurals are selected by. */
const names = (parts: readonly MessagePart[]): string[] =>
  [
    ...new Set(
      parts.flatMap((part) =>
        typeof part === 'string'
          ? []
          : 'arg' in part
            ? [part.arg]
            : [part.plural, ...Object.values(part.forms).flatMap((form) => names(form ?? []))],
      ),
    ),
  ].sort();

/** Messages that carry a count and must pick their words by it, in both languages: key → counts. */
const counted: Partial<Record<MessageKey, string[]>> = {
  'error.tooManyGoals': ['max'],
  'schedule.summary': ['every', 'weeks'],
  'program.listLine': ['mentors', 'mentees'],
  'panel.countsValue': ['mentors', 'mentees'],
  'program.infoPeopleValue': ['mentors', 'mentees', 'active'],
  'program.closed': ['waiting'],
  'program.endConfirm': ['pairs'],
  'program.ended': ['pairs'],
  'stats.signupsValue': ['mentors', 'mentees'],
  'stats.waitingValue': ['mentors', 'mentees'],
  'stats.ratingValue': ['count'],
  'forget.done': ['pairs'],
  'match.title': ['count', 'points'],
  'match.line': ['score'],
  'match.progress': ['total'],
  'match.accepted': ['total'],
  'match.acceptedPending': ['pending'],
  'outbox.gaveUp': ['count'],
  'report.queueBroken': ['count'],
};

/** Forms that may leave out the count they are picked by ("every week"): only where the count is never 0, since French "one" covers 0. */
const countLeftOut: Partial<Record<MessageKey, string[]>> = { 'schedule.summary': ['every'] };

describe('catalogues', () => {
  test('English and French have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  test('every text parses: only {name} placeholders and well-formed plurals with an "other" form', () => {
    for (const [language, catalogue] of Object.entries(catalogues))
      for (const key of keys) expect(() => parseMessage(catalogue[key]), `${language} ${key}`).not.toThrow();
  });

  test('each French text uses the same placeholders and counts as its English text', () => {
    for (const key of keys) expect([key, names(parseMessage(fr[key]))]).toEqual([key, names(parseMessage(en[key]))]);
  });

  test('every plural has both a "one" and an "other" form, and every form of it the same placeholders', () => {
    for (const [language, catalogue] of Object.entries(catalogues))
      for (const key of keys)
        for (const plural of plurals(parseMessage(catalogue[key]))) {
          const where = `${language} ${key} {${plural.plural}}`;
          expect(Object.keys(plural.forms).sort(), where).toEqual(expect.arrayContaining(['one', 'other']));
          const forms = Object.values(plural.forms).map((form) => names(form ?? []));
          const optional = countLeftOut[key]?.includes(plural.plural) ? [plural.plural] : [];
          const withoutOptional = forms.map((form) => form.filter((name) => !optional.includes(name)));
          for (const form of withoutOptional) expect(form, where).toEqual(withoutOptional[0]);
        }
  });

  test('messages that carry a count are plural-aware in both languages', () => {
    for (const [key, counts] of Object.entries(counted) as [MessageKey, string[]][])
      for (const [language, catalogue] of Object.entries(catalogues)) {
        const selected = plurals(parseMessage(catalogue[key])).map((p) => p.plural);
        for (const count of counts) expect(selected, `${language} ${key} {${count}}`).toContain(count);
      }
  });

  test('no text hedges a plural with "(s)"', () => {
    for (const [language, catalogue] of Object.entries(catalogues))
      for (const key of keys) expect(catalogue[key], `${language} ${key}`).not.toMatch(/\(e?s\)|\(x\)/);
  });
});

describe('plural messages', () => {
  const render = (locale: string, key: MessageKey, count: string, params: Record<string, string | number> = {}) =>
    [0, 1, 2].map((n) => t(locale, key, { program: 'P', ...params, [count]: n }));

  test('English: one is 1 only', () => {
    expect(render('en-US', 'program.ended', 'pairs')).toEqual([
      '**P** has ended: 0 pairings closed and their threads archived.',
      '**P** has ended: 1 pairing closed and its thread archived.',
      '**P** has ended: 2 pairings closed and their threads archived.',
    ]);
    expect(render('en-GB', 'forget.done', 'pairs').map((s) => s.split(' and ').at(-1))).toEqual([
      '0 pairings ended.',
      '1 pairing ended.',
      '2 pairings ended.',
    ]);
    expect(render('en-US', 'stats.ratingValue', 'count', { rating: '4.5' })).toEqual([
      '4.5 / 5 from 0 ratings',
      '4.5 / 5 from 1 rating',
      '4.5 / 5 from 2 ratings',
    ]);
    expect(render('en-US', 'match.accepted', 'total', { done: 1 })).toEqual([
      '1 / 0 pairs created.',
      '1 / 1 pair created.',
      '1 / 2 pairs created.',
    ]);
  });

  test('French: one is 0 and 1', () => {
    expect(render('fr', 'program.ended', 'pairs')).toEqual([
      '**P** est terminé : 0 binôme clos et son fil archivé.',
      '**P** est terminé : 1 binôme clos et son fil archivé.',
      '**P** est terminé : 2 binômes clos et leurs fils archivés.',
    ]);
    expect(render('fr', 'stats.ratingValue', 'count', { rating: '4,5' })).toEqual([
      '4,5 / 5 sur 0 note',
      '4,5 / 5 sur 1 note',
      '4,5 / 5 sur 2 notes',
    ]);
    expect(render('fr', 'outbox.gaveUp', 'count')).toEqual([
      '⚠️ Discord a refusé définitivement 0 de mes actions ; rien ne la retentera :',
      '⚠️ Discord a refusé définitivement 1 de mes actions ; rien ne la retentera :',
      '⚠️ Discord a refusé définitivement 2 de mes actions ; rien ne les retentera :',
    ]);
  });

  test('several counts in one message each pick their own form', () => {
    expect(t('en', 'panel.countsValue', { mentors: 1, mentees: 0 })).toBe('1 mentor · 0 mentees');
    expect(t('fr', 'panel.countsValue', { mentors: 1, mentees: 0 })).toBe('1 mentor · 0 mentoré·e');
    expect(t('en', 'program.infoPeopleValue', { mentors: 2, mentees: 1, waiting: 1, active: 1 })).toBe(
      '2 mentors, 1 mentee, 1 waiting, 1 active pair',
    );
    expect(t('fr', 'program.infoPeopleValue', { mentors: 2, mentees: 2, waiting: 0, active: 0 })).toBe(
      '2 mentors, 2 mentoré·es, 0 en attente, 0 binôme actif',
    );
    expect(t('fr', 'stats.pairsValue', { active: 2, paused: 0, ended: 1 })).toBe('2 actifs, 0 en pause, 1 terminé');
    const schedule = { day: 'Monday', hour: '18', timezone: 'UTC' };
    expect(t('en-US', 'schedule.summary', { ...schedule, every: 1, weeks: 1 })).toBe(
      'every week on Monday at 18:00 (UTC), for 1 week',
    );
    expect(t('en-US', 'schedule.summary', { ...schedule, every: 2, weeks: 8 })).toBe(
      'every 2 weeks on Monday at 18:00 (UTC), for 8 weeks',
    );
    expect(t('fr', 'schedule.summary', { ...schedule, day: 'lundi', every: 1, weeks: 1 })).toBe(
      'chaque semaine, le lundi à 18 h (UTC), pendant 1 semaine',
    );
    expect(t('fr', 'schedule.summary', { ...schedule, day: 'lundi', every: 3, weeks: 12 })).toBe(
      'toutes les 3 semaines, le lundi à 18 h (UTC), pendant 12 semaines',
    );
  });

  test('a language without a catalogue falls back to English words and English rules; odd counts take "other"', () => {
    expect(t('de', 'forget.done', { pairs: 0 })).toContain('0 pairings ended');
    expect(t('de', 'forget.done', { pairs: 1 })).toContain('1 pairing ended');
    expect(t('fr', 'forget.done', { pairs: 1_000_000 })).toContain('1000000 binômes ont pris fin'); // French "many"
    expect(t('en', 'forget.done', { pairs: '1' })).toContain('1 pairing ended');
    expect(t('en', 'forget.done', {})).toContain('{pairs} pairings ended');
  });

  test('parameters are inserted as they are, never read as placeholders or plurals', () => {
    expect(t('en', 'program.ended', { program: '{pairs, plural, one {x} other {y}}', pairs: 1 })).toBe(
      '**{pairs, plural, one {x} other {y}}** has ended: 1 pairing closed and its thread archived.',
    );
  });

  test('malformed texts are refused', () => {
    for (const text of [
      '{n, plural, one {a}}',
      '{n, plural, one {a} other {b}',
      '{n, plural, few {a} fwe {b} other {c}}',
      'a } b',
      '{n, plural, one {a} one {b} other {c}}',
    ])
      expect(() => parseMessage(text), text).toThrow();
    expect(parseMessage('a {b} {c, plural, one {{c} d} other {{c} ds}} e')).toEqual([
      'a ',
      { arg: 'b' },
      ' ',
      { plural: 'c', forms: { one: [{ arg: 'c' }, ' d'], other: [{ arg: 'c' }, ' ds'] } },
      ' e',
    ]);
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

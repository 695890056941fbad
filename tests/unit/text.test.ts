import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { freeText, isInvisibleOnly, normalizeText } from '../../src/domain/text.ts';
import { parseInput } from '../../src/domain/validate.ts';
import { joinSchema, normaliseTopics } from '../../src/domain/signups/signup.input.ts';
import { nameKey, programNameSchema } from '../../src/domain/programs/program.input.ts';
import { reportSchema } from '../../src/domain/reports/report.input.ts';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as { key?: string }).key ?? String(error);
  }
  return 'accepted';
};

describe('normalizeText', () => {
  test('removes zero-width, joiner, word-joiner, BOM, soft-hyphen and bidi characters', () => {
    expect(normalizeText('Type\u200BScript\u200C \u200Dand\u2060 \uFEFFRu\u00ADst')).toBe('TypeScript and Rust');
    expect(normalizeText('\u202Eevil\u202C \u2066isolated\u2069 \u202Aembedded\u202B\u202D')).toBe(
      'evil isolated embedded',
    );
  });

  test('removes control characters, NUL included', () => {
    expect(normalizeText('a\u0000b\u0007c\u001Bd\u007Fe\u009Bf')).toBe('abcdef');
  });

  test('composes to NFC, also when an invisible character split a letter from its accent', () => {
    expect(normalizeText('Cafe\u0301')).toBe('Café');
    expect(normalizeText('e\u200B\u0301te\u0301')).toBe('été');
    expect(normalizeText('Cafe\u0301')).toHaveLength(4);
  });

  test('single-line text: every run of whitespace, tabs and line breaks becomes one space, ends trimmed', () => {
    expect(normalizeText('  career \t\n growth\u00A0\u3000 plan  ')).toBe('career growth plan');
  });

  test('multi-line text keeps its lines, trims each, and keeps at most one blank line', () => {
    expect(normalizeText('\n  First line  \r\n\tsecond   line\u2028\n\n\n\nlast \u200B\n ', { multiline: true })).toBe(
      'First line\nsecond line\n\nlast',
    );
  });

  test('text that shows nothing becomes empty', () => {
    for (const blank of [
      '\u200B\u200C\u200D\u2060\uFEFF',
      '\u00AD\u202E\u2066',
      '\u3164\u3164',
      '\u2800',
      ' \u0000 \t',
      '\u0301\uFE0F',
      '\n\u200B\n',
    ]) {
      expect([blank, normalizeText(blank, { multiline: true })]).toEqual([blank, '']);
    }
  });

  test('ordinary text, emoji and other scripts are left as they are', () => {
    for (const text of ['Rust 🦀 & Go', 'Développement web', 'Карьера', '職業 キャリア', '❤️ mentoring'])
      expect(normalizeText(text)).toBe(text);
  });
});

describe('isInvisibleOnly', () => {
  test('is true for characters that show nothing, false for empty or plain-space input and for real text', () => {
    expect(isInvisibleOnly('\u200B')).toBe(true);
    expect(isInvisibleOnly(' \uFEFF ')).toBe(true);
    expect(isInvisibleOnly('')).toBe(false);
    expect(isInvisibleOnly('   ')).toBe(false);
    expect(isInvisibleOnly('a\u200B')).toBe(false);
  });
});

describe('the input schemas share the normaliser', () => {
  test('freeText hands the normalised text to the field’s own checks', () => {
    const schema = freeText().pipe(z.string().min(1, 'error.goalLength').max(5, 'error.goalLength'));
    expect(parseInput(schema, 'ab\u200Bc\u200Bd\u200Be')).toBe('abcde');
    expect(refusal(() => parseInput(schema, '\u200B\u2060'))).toBe('error.invisibleText');
    expect(refusal(() => parseInput(schema, '   '))).toBe('error.goalLength');
  });

  test('a report reason of invisible characters is refused; a real one is cleaned', () => {
    expect(refusal(() => parseInput(reportSchema, { reason: '\u200B\u200B\u200B' }))).toBe('error.invisibleText');
    expect(parseInput(reportSchema, { reason: ' They\u202E said \u0000this\n\n\n\ntwice ' }).reason).toBe(
      'They said this\n\ntwice',
    );
  });

  test('topics: hidden characters are removed before comparing, and a topic that shows nothing is refused', () => {
    expect(normaliseTopics('Type\u200BScript, typescript ,\u2066Rust\u2069, ,')).toEqual(['typescript', 'rust']);
    expect(refusal(() => parseInput(joinSchema, { role: 'mentee', adult: true, topics: 'career, \u200B\u200D' }))).toBe(
      'error.invisibleText',
    );
    expect(
      parseInput(joinSchema, { role: 'mentee', adult: true, topics: 'career,,', goals: '\n Grow \n' }),
    ).toMatchObject({ topics: ['career'], goals: 'Grow' });
  });

  test('program names are normalised, and so is the key they are found by', () => {
    expect(parseInput(programNameSchema, 'Spring\u200B  Cohort\u00AD')).toBe('Spring Cohort');
    expect(refusal(() => parseInput(programNameSchema, '\u3164\u200B'))).toBe('error.invisibleText');
    expect(nameKey(' Spring\u200B  COHORT ')).toBe(nameKey('spring cohort'));
  });
});

import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const catalogues: Record<string, Record<MessageKey, string>> = { en, fr };

export const languages = Object.keys(catalogues);

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * A catalogue text, parsed. Texts are plain strings with two kinds of braces (a subset of ICU
 * MessageFormat):
 * - `{name}` is replaced by the parameter `name`;
 * - `{name, plural, one {…} other {…}}` picks the form for the number in the parameter `name`
 *   by the plural rules of the text's language (`Intl.PluralRules`: English "one" is 1 only,
 *   French "one" is 0 and 1). Forms are CLDR categories (zero, one, two, few, many, other);
 *   `other` is used for a category that has no form, and when the parameter is not a number.
 *   Forms may hold `{name}` placeholders. A message can hold several plurals, one per count:
 *   `{mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, …}`.
 * Any other brace is a mistake in the catalogue; the catalogue test parses every text.
 */
export type MessagePart =
  string | { arg: string } | { plural: string; forms: Partial<Record<PluralForm, MessagePart[]>> };
export const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof pluralForms)[number];

/** Parses a catalogue text; throws on a malformed plural or a stray brace. */
export function parseMessage(text: string): MessagePart[] {
  const { parts, end } = parseParts(text, 0);
  if (end !== text.length) throw new Error(`unbalanced "}" at ${end} in: ${text}`);
  return parts;
}

/** Parts from `start` up to the end of the text or an unmatched "}" (the end of a plural form). */
function parseParts(text: string, start: number): { parts: MessagePart[]; end: number } {
  const parts: MessagePart[] = [];
  let literal = '';
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '}') break;
    if (c !== '{') {
      literal += c;
      i++;
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    const arg = /\{(\w+)\}/y;
    arg.lastIndex = i;
    const simple = arg.exec(text);
    if (simple) {
      parts.push({ arg: simple[1] as string });
      i = arg.lastIndex;
      continue;
    }
    const head = /\{(\w+),\s*plural,\s*/y;
    head.lastIndex = i;
    const plural = head.exec(text);
    if (!plural) throw new Error(`stray "{" at ${i} in: ${text}`);
    const forms: Partial<Record<PluralForm, MessagePart[]>> = {};
    i = head.lastIndex;
    const form = /(\w+)\s*\{/y;
    while (text[i] !== '}') {
      form.lastIndex = i;
      const found = form.exec(text);
      const name = found?.[1] as PluralForm | undefined;
      if (!found || !name || !pluralForms.includes(name) || forms[name])
        throw new Error(`bad plural form at ${i} in: ${text}`);
      const inner = parseParts(text, form.lastIndex);
      if (text[inner.end] !== '}') throw new Error(`unclosed plural form at ${i} in: ${text}`);
      forms[name] = inner.parts;
      i = inner.end + 1;
      while (/\s/.test(text[i] ?? '')) i++;
      if (i >= text.length) throw new Error(`unclosed plural in: ${text}`);
    }
    if (!forms.other) throw new Error(`plural without "other" in: ${text}`);
    parts.push({ plural: plural[1] as string, forms });
    i++;
  }
  if (literal) parts.push(literal);
  return { parts, end: i };
}

const parsed = new Map<string, MessagePart[]>();
const pluralRules = new Map<string, Intl.PluralRules>();

function render(parts: readonly MessagePart[], params: MessageParams, rules: Intl.PluralRules): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('arg' in part) out += part.arg in params ? String(params[part.arg]) : `{${part.arg}}`;
    else {
      const value = params[part.plural];
      const n =
        typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      const category = Number.isFinite(n) ? (rules.select(n) as PluralForm) : 'other';
      out += render(part.forms[category] ?? part.forms.other ?? [], params, rules);
    }
  }
  return out;
}

/** The text for `key` in `locale` ("fr", "en-US" …), falling back to English; counts pick their plural form. */
export function t(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const asked = locale.split('-')[0] ?? 'en';
  const language = catalogues[asked]?.[key] !== undefined ? asked : 'en';
  const template = (catalogues[language] ?? en)[key];
  let parts = parsed.get(template);
  if (!parts) parsed.set(template, (parts = parseMessage(template)));
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return render(parts, params, rules);
}

/** Escapes Discord markdown and neutralises mentions in text that came from a user. */
export function escapeUserText(text: string): string {
  return text
    .replace(/([\\*_~`|>#\-[\]()])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    .replace(/<(?=[@#:a&t])/g, '<\u200b');
}

import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const catalogues: Record<string, Record<MessageKey, string>> = { en, fr };

export const languages = Object.keys(catalogues);

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The text for `key` in `locale` ("fr", "en-US" …), falling back to English. */
export function t(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const language = locale.split('-')[0] ?? 'en';
  const template = catalogues[language]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Escapes Discord markdown and neutralises mentions in text that came from a user. */
export function escapeUserText(text: string): string {
  return text.replace(/([\\*_~`|>#\-[\]()])/g, '\\$1').replace(/@/g, '@\u200b').replace(/<(?=[@#:a&t])/g, '<\u200b');
}

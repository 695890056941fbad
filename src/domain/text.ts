import { z } from 'zod';

export interface TextOptions {
  /** Keep line breaks (goals, reasons, notes, feedback); otherwise they become spaces. */
  multiline?: boolean;
}

const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
/** Letters and symbols that render as blank space, a well-known way to make "empty" names. */
const BLANK_LOOKALIKES = /[\t\u115F\u1160\u3164\uFFA0\u2800]/g;
/**
 * Control (Cc, except the newline kept above), format (Cf: zero-width space and joiners, word
 * joiner, BOM, soft hyphen, bidi controls …) and lone surrogate characters, and the combining
 * grapheme joiner: none of them shows, and bidi controls can make text read backwards.
 */
const INVISIBLE = /[^\P{Cc}\n]|[\p{Cf}\p{Cs}\u034F]/gu;
/** Something that shows: neither whitespace nor a mark with nothing to sit on. */
const VISIBLE = /[^\s\p{M}]/u;
const PLAIN_WHITESPACE = /^[\p{Zs}\t\n\r]*$/u;

function collapseSpaces(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/**
 * Free text as we store it: invisible and control characters removed, NFC, runs of whitespace
 * collapsed and the ends trimmed (multi-line text keeps its lines, with at most one blank line
 * between paragraphs). Returns '' when nothing visible is left.
 */
export function normalizeText(raw: string, options: TextOptions = {}): string {
  const visibleOnly = raw
    .replace(LINE_BREAKS, '\n')
    .replace(BLANK_LOOKALIKES, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC');
  const text = options.multiline
    ? visibleOnly
        .split('\n')
        .map(collapseSpaces)
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : collapseSpaces(visibleOnly);
  return VISIBLE.test(text) ? text : '';
}

/** Whether someone typed characters, but none that show (plain spaces alone do not count). */
export function isInvisibleOnly(raw: string): boolean {
  return !PLAIN_WHITESPACE.test(raw) && normalizeText(raw) === '';
}

/**
 * The schema for a free-text field: normalised (see {@link normalizeText}), and refused with
 * `error.invisibleText` when what was typed shows nothing. Chain the field's own checks with
 * `.pipe(z.string()…)`; they see the normalised text.
 */
export function freeText(options: TextOptions = {}) {
  return z.string().transform((raw, ctx) => {
    if (isInvisibleOnly(raw)) ctx.issues.push({ code: 'custom', message: 'error.invisibleText', input: raw });
    return normalizeText(raw, options);
  });
}

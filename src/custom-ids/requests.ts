import { z } from 'zod';
import { CUSTOM_ID_MAX, field, idCodec } from './codec.ts';

const page = z.coerce.number().int();
/** A topic filter, URI-encoded so that no ":" splits it and the id stays ASCII. */
const topic = z
  .string()
  .max(CUSTOM_ID_MAX)
  .transform((raw, ctx) => {
    try {
      return decodeURIComponent(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'bad topic' });
      return z.NEVER;
    }
  });

/** The directory's pages: the program, the page and the topic filter ('' for none). */
export const directoryPageId = idCodec('mdir', z.tuple([field.id, page, topic]));

/** At most this many characters of a topic filter: the `topic` option's own limit. */
export const TOPIC_FILTER_MAX = 40;
/** What a directory page id leaves for its topic, with the largest program id and page numbers. */
const TOPIC_ID_BUDGET = CUSTOM_ID_MAX - directoryPageId.encode([Number.MAX_SAFE_INTEGER, -999_999, '']).length;

/**
 * The topic filter a directory page id can carry whole: the longest start of `value`, cut on
 * whole characters, of at most 40 characters and whose encoding fits the id. The directory
 * filters by this, so every page filters by the same topic.
 */
export function fitTopic(value: string | null): string {
  let fitted = '';
  let used = 0;
  for (const char of Array.from(value ?? '').slice(0, TOPIC_FILTER_MAX)) {
    let encoded: string;
    try {
      encoded = encodeURIComponent(char);
    } catch {
      continue; // a lone surrogate: not text anyone can filter by
    }
    if (used + encoded.length > TOPIC_ID_BUDGET) break;
    fitted += char;
    used += encoded.length;
  }
  return fitted;
}

export const encodeTopic = (value: string | null) => encodeURIComponent(fitTopic(value));
/** A directory's Request button: the program and the mentor asked (the mentee is whoever clicks). */
export const requestMentorId = idCodec('mreq', z.tuple([field.id, field.snowflake]));
/** A request's answers in the mentor's DM or /mentorship requests: the request (the mentor is checked). */
export const requestAnswerId = idCodec('mreqans', z.tuple([field.id, z.enum(['accept', 'decline'])]));
/** A mentee withdrawing a request of theirs (checked against whoever clicks). */
export const requestWithdrawId = idCodec('mreqwd', z.tuple([field.id]));

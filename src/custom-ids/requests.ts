import { z } from 'zod';
import { field, idCodec } from './codec.ts';

const page = z.coerce.number().int();
/** A topic filter as typed, URI-encoded so that no ":" splits it; at most 40 characters. */
const topic = z
  .string()
  .max(120)
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
export const encodeTopic = (value: string | null) => encodeURIComponent((value ?? '').slice(0, 40));
/** A directory's Request button: the program and the mentor asked (the mentee is whoever clicks). */
export const requestMentorId = idCodec('mreq', z.tuple([field.id, field.snowflake]));
/** A request's answers in the mentor's DM or /mentorship requests: the request (the mentor is checked). */
export const requestAnswerId = idCodec('mreqans', z.tuple([field.id, z.enum(['accept', 'decline'])]));
/** A mentee withdrawing a request of theirs (checked against whoever clicks). */
export const requestWithdrawId = idCodec('mreqwd', z.tuple([field.id]));

import { z } from 'zod';
import { field, idCodec } from './codec.ts';

/** The answer buttons of a weekly prompt: the check-in and the answer. */
export const checkinAnswerId = idCodec('checkin', z.tuple([field.id, z.enum(['on-track', 'need-help', 'stuck'])]));
/** "Add a note" on a prompt, and the form it opens. */
export const checkinNoteId = idCodec('checkinnote', z.tuple([field.id]));
export const checkinNoteFormId = idCodec('checkinnotesave', z.tuple([field.id]));
/** The closing message's buttons: a rating, go on informally, or end. */
export const closingId = idCodec(
  'closing',
  z.tuple([field.id, z.enum(['rate-1', 'rate-2', 'rate-3', 'rate-4', 'rate-5', 'continue', 'end'])]),
);

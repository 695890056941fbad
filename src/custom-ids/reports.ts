import { z } from 'zod';
import { field, idCodec } from './codec.ts';

/** A queue card's buttons: the action and the report. */
export const reportCardId = idCodec('report', z.tuple([z.enum(['claim', 'resolve', 'dismiss']), field.id]));
/** The outcome chooser that Resolve opens. */
export const reportOutcomeId = idCodec('reportoutcome', z.tuple([field.id]));
/** /reports list's pages: the status shown (or all) and the page. */
export const reportsPageId = idCodec(
  'reportslist',
  z.tuple([z.enum(['all', 'open', 'claimed', 'resolved', 'dismissed']), z.coerce.number().int()]),
);
/** The "Report to moderators" form: the message's channel and id, never its author. */
export const reportMessageFormId = idCodec('reportmsg', z.tuple([field.snowflake, field.snowflake]));

import { z } from 'zod';
import { field, idCodec } from './codec.ts';

const page = z.coerce.number().int();

/** A suggestion's buttons: accept one proposal (by its place), accept all, turn the page. */
export const acceptOneId = idCodec('matchone', z.tuple([field.id, field.index]));
export const acceptAllId = idCodec('matchall', z.tuple([field.id]));
export const suggestionPageId = idCodec('matchpage', z.tuple([field.id, page]));
/** /match list's pages: the program and the page. */
export const pairListPageId = idCodec('matchlist', z.tuple([field.id, page]));

import { z } from 'zod';
import { field, idCodec } from './codec.ts';

const choice = z.enum(['confirm', 'cancel']);

/** Ending a program asks first: the choice and the program. */
export const programEndId = idCodec('programend', z.tuple([choice, field.id]));
/** forget-me asks first: the choice and the member who asked (checked against whoever clicks). */
export const forgetMeId = idCodec('forgetme', z.tuple([choice, field.snowflake]));

import { z } from 'zod';
import { field, idCodec } from './codec.ts';

const role = z.enum(['mentor', 'mentee']);

/** The sign-up panel's join buttons, and the form each opens: role and program. */
export const joinButtonId = idCodec('signup', z.tuple([role, field.id]));
export const signupFormId = idCodec('signupform', z.tuple([role, field.id]));

import { z } from 'zod';
import { field, idCodec } from './codec.ts';

/** A proposed time's button: the proposal and which of its times (0–2). Only the proposer's partner may pick. */
export const meetPickId = idCodec('meetpick', z.tuple([field.id, z.coerce.number().int().min(0).max(2)]));
/** The proposer's Withdraw button: the proposal. */
export const meetWithdrawId = idCodec('meetwithdraw', z.tuple([field.id]));

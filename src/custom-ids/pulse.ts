import { z } from 'zod';
import { field, idCodec } from './codec.ts';

/** "How is this going?" on a pulse-week prompt or a closing message: the check-in it belongs to. */
export const pulseId = idCodec('pulse', z.tuple([field.id]));
/** The private form it opens. */
export const pulseFormId = idCodec('pulsesave', z.tuple([field.id]));

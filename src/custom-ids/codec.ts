import { z } from 'zod';

/**
 * A button's, select's or form's custom_id: `name:arg:arg…`, with `.N` after the name from the
 * second version of a layout on (`name.2:…`). An id names *what* (a check-in, a report), never
 * who may use it: who clicks is always the interaction's user. A message posted before a
 * layout changed keeps its old id; its version tells it apart, and an id no codec can read is
 * a stale button, never a misread one.
 */
export interface IdCodec<T> {
  readonly name: string;
  encode(value: T): string;
  /** The value, or null if the id is not this codec's, of an unknown version, or malformed. */
  parse(customId: string): T | null;
}

/** Discord refuses a custom_id longer than this. */
export const CUSTOM_ID_MAX = 100;

/** The codec's name an id belongs to: what the router dispatches on. */
export function idName(customId: string): string {
  return (customId.split(':')[0] ?? '').split('.')[0] ?? '';
}

const snowflake = z.string().regex(/^\d{17,20}$/);
const id = z.coerce.number().int().positive();
const index = z.coerce.number().int().min(0);

/** Field types of ids: record ids, page numbers and Discord ids, all checked when read. */
export const field = { id, index, snowflake };

/**
 * A codec whose value is the tuple `schema` describes, laid out in order. `version` is the
 * layout's; ids of an earlier version are read by `older` if given, else refused.
 */
export function idCodec<S extends z.ZodTuple>(name: string, schema: S, version = 1): IdCodec<z.infer<S>> {
  return {
    name,
    encode: (value) => [version === 1 ? name : `${name}.${version}`, ...(value as unknown[]).map(String)].join(':'),
    parse(customId) {
      const [head = '', ...args] = customId.split(':');
      const [base, v = '1'] = head.split('.');
      if (base !== name || Number(v) !== version) return null;
      const parsed = schema.safeParse(args);
      return parsed.success ? parsed.data : null;
    },
  };
}

/**
 * The columns of the fields given, named by `columns`: what a repository sets in an insert or an
 * update. Fields left out (or undefined) are not set.
 */
export function toColumns<Field extends string, Column extends string>(
  columns: Readonly<Record<Field, Column>>,
  fields: Partial<Record<Field, unknown>>,
): Partial<Record<Column, unknown>> {
  const set: Partial<Record<Column, unknown>> = {};
  for (const [field, value] of Object.entries(fields)) {
    const column = columns[field as Field];
    if (column === undefined) throw new Error(`no column for field ${field}`);
    if (value !== undefined) set[column] = value;
  }
  return set;
}

/** Which of the database's rules a statement broke, the same on SQLite and PostgreSQL. */
export type ConstraintKind = 'unique' | 'check' | 'foreign-key' | 'not-null';

const SQLITE: Record<string, ConstraintKind> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign-key',
  SQLITE_CONSTRAINT_NOTNULL: 'not-null',
};

/** PostgreSQL's SQLSTATE codes of class 23, integrity constraint violation. */
const POSTGRES: Record<string, ConstraintKind> = {
  '23505': 'unique',
  '23514': 'check',
  '23503': 'foreign-key',
  '23502': 'not-null',
};

export function violatedConstraint(error: unknown): ConstraintKind | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = String((error as { code?: unknown }).code);
  return SQLITE[code] ?? POSTGRES[code] ?? null;
}

/** Turns the two drivers' constraint errors into one vocabulary. */
export type ConstraintViolation = 'unique' | 'foreign_key' | 'check' | 'not_null';

const SQLITE_CODES: Readonly<Record<string, ConstraintViolation>> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
};

const POSTGRES_CODES: Readonly<Record<string, ConstraintViolation>> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
};

/** Which constraint a driver error reports, if it is a constraint error at all. */
export const constraintViolationOf = (error: unknown): ConstraintViolation | undefined => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = String(error.code);
  return SQLITE_CODES[code] ?? POSTGRES_CODES[code];
};

/** Runs a write and maps a unique violation to the caller's domain error. */
export const onUniqueViolation = async <T>(
  write: () => Promise<T>,
  toError: () => Error,
): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (constraintViolationOf(error) === 'unique') throw toError();
    throw error;
  }
};

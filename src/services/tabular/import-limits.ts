/**
 * How much one import may read, and the errors that refuse more. Files are
 * read as streams that stop at these bounds, so that a small file expanding
 * to gigabytes (millions of rows, a ZIP bomb) costs no more than a file at
 * the limits.
 */
import { DomainError, invalid } from '../../domain/errors.js';

const MIB = 1024 * 1024;

export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_COLUMNS = 100;
/** The file as uploaded (and as read by the CLI). */
export const MAX_IMPORT_BYTES = 20 * MIB;
/** What the parts of an XLSX file that are read may inflate to, all together. */
export const MAX_UNPACKED_BYTES = 64 * MIB;
/** The longest run of XML between two tags: a cell holds at most 10,000 characters. */
export const MAX_XML_NODE_BYTES = 1 * MIB;
/** The longest CSV row, in characters: every column of a row at its longest cell. */
export const MAX_CSV_ROW_CHARS = MAX_IMPORT_COLUMNS * 10_000;
/** Distinct texts an XLSX file may list: one per cell at the limits. */
export const MAX_SHARED_STRINGS = (MAX_IMPORT_ROWS + 1) * MAX_IMPORT_COLUMNS;

const fileIssue = (reason: string) => [{ field: 'file', reason }];

export const unreadable = (reason: string) =>
  invalid('IMPORT_FILE_UNREADABLE', 'The file cannot be read as CSV or XLSX', fileIssue(reason));

export const tooManyRows = () =>
  new DomainError(
    'IMPORT_TOO_MANY_ROWS',
    'Invalid',
    `A file may hold at most ${MAX_IMPORT_ROWS} rows besides the header; import it in parts`,
    { limit: MAX_IMPORT_ROWS, issues: fileIssue(`has more than ${MAX_IMPORT_ROWS} rows`) },
  );

export const tooManyColumns = () =>
  new DomainError(
    'IMPORT_TOO_MANY_COLUMNS',
    'Invalid',
    `A file may have at most ${MAX_IMPORT_COLUMNS} columns`,
    {
      limit: MAX_IMPORT_COLUMNS,
      issues: fileIssue(`has a row of more than ${MAX_IMPORT_COLUMNS} columns`),
    },
  );

export const fileTooLarge = (reason: string) =>
  new DomainError(
    'IMPORT_FILE_TOO_LARGE',
    'Invalid',
    `An import file may be at most ${MAX_IMPORT_BYTES / MIB} MiB, and unpack to at most ${MAX_UNPACKED_BYTES / MIB} MiB`,
    {
      maxBytes: MAX_IMPORT_BYTES,
      maxUnpackedBytes: MAX_UNPACKED_BYTES,
      issues: fileIssue(reason),
    },
  );

/** The refusals for a file beyond the bounds, which HTTP answers as 413. */
export const TOO_LARGE_CODES: ReadonlySet<string> = new Set([
  'IMPORT_TOO_MANY_ROWS',
  'IMPORT_TOO_MANY_COLUMNS',
  'IMPORT_FILE_TOO_LARGE',
]);

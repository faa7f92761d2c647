/**
 * Sends a register file (CSV or XLSX) to the import endpoint: a dry run that
 * checks it and returns a preview, or the real, all-or-nothing import. A file
 * the API rejects row by row becomes an ImportRejectedError with every problem.
 */
import { ApiError, toApiError } from '../api/client.js';
import type { Schemas } from '../api/client.js';
import type { paths } from '../api/schema.js';

/** Registers the API can import: the `<register>` of `/api/v1/orgs/{orgId}/<register>/import`. */
export type ImportRegisterPath = keyof paths extends infer Path
  ? Path extends `/api/v1/orgs/{orgId}/${infer Register}/import`
    ? Register
    : never
  : never;

export type ImportResult = Schemas['ImportResult'];
export type ImportProblem = ImportResult['errors'][number];

/** The real import refused the file: nothing was written; here is why, line by line. */
export class ImportRejectedError extends ApiError {
  constructor(
    message: string,
    readonly problems: readonly ImportProblem[],
  ) {
    super(400, 'IMPORT_INVALID', message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isProblem = (value: unknown): value is ImportProblem =>
  isRecord(value) &&
  typeof value.line === 'number' &&
  typeof value.field === 'string' &&
  typeof value.reason === 'string';

const problemsOf = (body: Record<string, unknown>): ImportProblem[] => {
  const details = isRecord(body.details) ? body.details : {};
  return Array.isArray(details.errors) ? details.errors.filter(isProblem) : [];
};

export const uploadImport = async (
  orgId: string,
  register: ImportRegisterPath,
  file: File,
  dryRun: boolean,
): Promise<ImportResult> => {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(
      `/api/v1/orgs/${encodeURIComponent(orgId)}/${register}/import?dryRun=${String(dryRun)}`,
      { method: 'POST', body, credentials: 'same-origin' },
    );
  } catch {
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    if (isRecord(json) && Array.isArray(json.errors)) return json as ImportResult;
    throw new ApiError(
      response.status,
      'HTTP_ERROR',
      'The server sent an answer the app cannot read.',
    );
  }
  if (isRecord(json) && json.code === 'IMPORT_INVALID') {
    const message = typeof json.message === 'string' ? json.message : 'The file has problems.';
    throw new ImportRejectedError(message, problemsOf(json));
  }
  throw toApiError(response, json);
};

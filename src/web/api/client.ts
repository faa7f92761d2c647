/**
 * The typed API client (generated types in schema.d.ts) and the one error type
 * the UI handles: every failed call becomes an ApiError with the API's stable
 * code, its message and the field issues to show next to form fields.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type Schemas = components['schemas'];

export const api = createClient<paths>({ baseUrl: '' });

export interface FieldIssue {
  /** The field as the form names it: `body.name` from the API becomes `name`. */
  readonly field: string;
  readonly reason: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    /** A field the whole error is about (conflicts such as a name already taken). */
    readonly field: string | undefined = undefined,
  ) {
    super(message);
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `body.name` → `name`, `query.page` → `page`; domain issues already use the plain name. */
const formField = (field: string): string => field.replace(/^(body|query|params)\./, '');

const issuesOf = (details: unknown): FieldIssue[] => {
  if (!isRecord(details) || !Array.isArray(details.issues)) return [];
  return details.issues.flatMap((issue): FieldIssue[] =>
    isRecord(issue) && typeof issue.field === 'string' && typeof issue.reason === 'string'
      ? [{ field: formField(issue.field), reason: issue.reason }]
      : [],
  );
};

const fallbackMessage = (status: number): string =>
  status >= 500
    ? 'Something went wrong on the server. Try again in a moment.'
    : `The request failed (HTTP ${status}).`;

/** Turns an error response body (or anything else the server sent) into an ApiError. */
export const toApiError = (response: Response, body: unknown): ApiError => {
  if (!isRecord(body)) {
    return new ApiError(response.status, 'HTTP_ERROR', fallbackMessage(response.status));
  }
  const code = typeof body.code === 'string' ? body.code : 'HTTP_ERROR';
  const message =
    typeof body.message === 'string' && body.message.length > 0
      ? body.message
      : fallbackMessage(response.status);
  const details = isRecord(body.details) ? body.details : {};
  const field = typeof details.field === 'string' ? formField(details.field) : undefined;
  return new ApiError(response.status, code, message, issuesOf(details), field);
};

interface ApiResult<Data> {
  readonly data?: Data;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError
 * (also when the server cannot be reached).
 */
export const unwrap = async <Data>(call: Promise<ApiResult<Data>>): Promise<Data> => {
  let result: ApiResult<Data>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as Data;
};

/** The message to show for any error a query or mutation threw. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong.';

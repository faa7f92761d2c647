/**
 * The one error type of the product. Every expected failure carries a stable
 * machine code (documented in docs/errors.md) and a kind that the edges map to
 * an HTTP status or a CLI exit code.
 */
export const ERROR_KINDS = [
  'Invalid',
  'Unauthenticated',
  'Forbidden',
  'NotFound',
  'Conflict',
  'InvalidState',
  'RateLimited',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One problem with one input field, as shown next to that field in a form. */
export interface FieldIssue {
  readonly field: string;
  readonly reason: string;
}

export interface ErrorDetails {
  readonly issues?: readonly FieldIssue[];
  readonly [key: string]: unknown;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;

export const invalid = (code: string, message: string, issues: readonly FieldIssue[]) =>
  new DomainError(code, 'Invalid', message, { issues });

export const notFound = (code: string, message: string, details: ErrorDetails = {}) =>
  new DomainError(code, 'NotFound', message, details);

export const forbidden = (code: string, message: string, details: ErrorDetails = {}) =>
  new DomainError(code, 'Forbidden', message, details);

export const conflict = (code: string, message: string, details: ErrorDetails = {}) =>
  new DomainError(code, 'Conflict', message, details);

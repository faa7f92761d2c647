/**
 * One error handler: domain errors map by kind, request-shape errors become
 * 400s naming the field, Fastify's own 4xx keep their status with a stable
 * code, and anything else is a logged 500 with a generic message.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError } from '../domain/errors.js';
import type { ErrorKind, FieldIssue } from '../domain/errors.js';
import { describeAllowed, valuesWithLabels } from '../domain/labelled-values.js';

export const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  Invalid: 400,
  Unauthenticated: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  InvalidState: 409,
  RateLimited: 429,
};

const ERROR_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Fastify's own request errors, renamed to our stable codes. */
const FASTIFY_CODES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST_BODY_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'REQUEST_BODY_TOO_LARGE',
  FST_FILES_LIMIT: 'REQUEST_INVALID',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'REQUEST_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'REQUEST_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST_INVALID_CONTENT_LENGTH',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST_MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST_MALFORMED_JSON',
};

export interface ErrorBody {
  statusCode: number;
  code: string;
  error: string;
  message: string;
  details: Record<string, unknown>;
}

export const errorBody = (
  statusCode: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): ErrorBody => ({
  statusCode,
  code,
  error: ERROR_TITLES[statusCode] ?? 'Error',
  message,
  details,
});

/** Zod's own wording for a refused choice; a schema that words its refusal itself is left as it is. */
const GENERIC_CHOICE_MESSAGE = /^Invalid option/;

/** A refused choice names the allowed values by their labels, with the identifiers the API answers with. */
const enumReason = (keyword: string, params: unknown, message = ''): string | undefined => {
  const values = (params as { values?: unknown }).values;
  if (keyword !== 'invalid_value' || !Array.isArray(values)) return undefined;
  if (message && !GENERIC_CHOICE_MESSAGE.test(message)) return undefined;
  const declared = valuesWithLabels(values.map(String));
  if (!declared) return undefined;
  return `must be one of: ${describeAllowed(declared)} (identifiers: ${declared.join(', ')})`;
};

const validationIssues = (error: {
  validation: { instancePath: string; message?: string; keyword: string; params: unknown }[];
  validationContext?: string;
}): FieldIssue[] =>
  error.validation.flatMap((issue) => {
    const base = [
      error.validationContext ?? 'body',
      ...issue.instancePath.split('/').filter(Boolean),
    ].join('.');
    const params = issue.params as { keys?: unknown };
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
      return params.keys.map((key) => ({
        field: `${base}.${String(key)}`,
        reason: 'is not a known field',
      }));
    }
    return [
      {
        field: base,
        reason:
          enumReason(issue.keyword, issue.params, issue.message) ?? issue.message ?? issue.keyword,
      },
    ];
  });

export const handleError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
  if (isDomainError(error)) {
    const status = STATUS_OF_KIND[error.kind];
    const retryAfter = error.details.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    return reply
      .status(status)
      .send(errorBody(status, error.code, error.message, { ...error.details }));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = validationIssues(error);
    const summary = issues.map((issue) => `${issue.field} ${issue.reason}`).join('; ');
    return reply
      .status(400)
      .send(errorBody(400, 'REQUEST_VALIDATION_FAILED', `Invalid request: ${summary}`, { issues }));
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code =
      FASTIFY_CODES[error.code] ??
      (error instanceof SyntaxError ? 'REQUEST_MALFORMED_JSON' : 'REQUEST_INVALID');
    return reply.status(status).send(errorBody(status, code, error.message));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply
    .status(500)
    .send(
      errorBody(500, 'INTERNAL_ERROR', `Something went wrong on our side (request ${request.id})`),
    );
};

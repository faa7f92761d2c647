/**
 * Checks every request's parameters, query and JSON body before validation:
 * no NUL characters (they have no place in AIMS records, and PostgreSQL cannot
 * store them in text columns) and no nesting deeper than any API body needs.
 * The walk keeps its own stack, so a hostile depth costs a 400, not the
 * process's call stack.
 */
import type { FastifyInstance } from 'fastify';
import { invalid } from '../domain/errors.js';
import type { FieldIssue } from '../domain/errors.js';

/** Deeper than any body the API takes (its deepest is a handful of levels). */
export const MAX_REQUEST_DEPTH = 32;

type Problem = { readonly code: 'REQUEST_INVALID_CHARACTER' | 'REQUEST_TOO_DEEP' } & FieldIssue;

const firstProblem = (root: unknown, rootPath: string): Problem | undefined => {
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: rootPath, depth: 0 },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        return {
          code: 'REQUEST_INVALID_CHARACTER',
          field: path,
          reason: 'must not contain NUL characters',
        };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_REQUEST_DEPTH)
      return {
        code: 'REQUEST_TOO_DEEP',
        field: path.split('.').slice(0, 4).join('.'),
        reason: `must not nest more than ${MAX_REQUEST_DEPTH} levels deep`,
      };
    const entries: (readonly [string, unknown])[] = Array.isArray(value)
      ? value.map((item: unknown, index) => [String(index), item] as const)
      : Object.entries(value);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, item] = entries[index]!;
      if (key.includes('\u0000'))
        return {
          code: 'REQUEST_INVALID_CHARACTER',
          field: path,
          reason: 'must not contain NUL characters in a key',
        };
      pending.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return undefined;
};

const MESSAGES: Record<Problem['code'], string> = {
  REQUEST_INVALID_CHARACTER: 'The request contains a NUL character',
  REQUEST_TOO_DEEP: 'The request nests deeper than the API accepts',
};

export const registerTextGuard = (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const problem =
      firstProblem(request.params, 'params') ??
      firstProblem(request.query, 'querystring') ??
      firstProblem(request.body, 'body');
    if (problem) {
      const { code, ...issue } = problem;
      throw invalid(code, MESSAGES[code], [issue]);
    }
  });
};

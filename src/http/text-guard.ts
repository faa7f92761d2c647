/**
 * Refuses NUL characters anywhere in a request's parameters, query or JSON
 * body. They have no place in AIMS records, and PostgreSQL cannot store them
 * in text columns, so they are answered with a 400 naming the field.
 */
import type { FastifyInstance } from 'fastify';
import { invalid, type FieldIssue } from '../domain/errors.js';

const findNul = (value: unknown, path: string, found: FieldIssue[]): void => {
  if (found.length > 0) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      found.push({ field: path, reason: 'must not contain NUL characters' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findNul(item, `${path}.${index}`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) findNul(item, `${path}.${key}`, found);
  }
};

export const registerTextGuard = (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const found: FieldIssue[] = [];
    findNul(request.params, 'params', found);
    findNul(request.query, 'querystring', found);
    findNul(request.body, 'body', found);
    if (found.length > 0)
      throw invalid('REQUEST_INVALID_CHARACTER', 'The request contains a NUL character', found);
  });
};

/**
 * Lets a JSON body name a choice by its label or a common name, as a person
 * writes it ("High-risk", "Limited"): before validation, each top-level
 * field (or list of them) that takes one of the values of an enumeration
 * declared with labels gets the identifier the text points to, when it
 * points to exactly one. Everything else is left for validation to refuse,
 * and answers always carry the identifiers.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { matchLabelled, valuesWithLabels } from '../domain/labelled-values.js';

/** The enumeration values a field takes, alone or as a list, through optional and nullable wrappers. */
const choicesOf = (schema: unknown): { values: readonly string[]; isList: boolean } | undefined => {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap();
  const isList = inner instanceof z.ZodArray;
  if (inner instanceof z.ZodArray) inner = inner.element;
  if (!(inner instanceof z.ZodEnum)) return undefined;
  const values = valuesWithLabels(inner.options as readonly string[]);
  return values ? { values, isList } : undefined;
};

const canonical = (values: readonly string[], given: unknown): unknown => {
  if (typeof given !== 'string') return given;
  const match = matchLabelled(values, given);
  return match.kind === 'found' ? match.value : given;
};

export const registerLabelledInput = (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema?.body;
    const body = request.body;
    if (!(schema instanceof z.ZodObject) || body === null || typeof body !== 'object') return;
    if (Array.isArray(body)) return;
    const fields = body as Record<string, unknown>;
    for (const [field, fieldSchema] of Object.entries(schema.shape)) {
      if (!(field in fields)) continue;
      const choices = choicesOf(fieldSchema);
      if (!choices) continue;
      const given = fields[field];
      fields[field] =
        choices.isList && Array.isArray(given)
          ? given.map((item: unknown) => canonical(choices.values, item))
          : canonical(choices.values, given);
    }
  });
};

/**
 * Answers are written by fast-json-stringify from each route's response
 * schema, turned into JSON Schema once at start-up: the schema stays the
 * allow-list (a field it does not name is never sent) without parsing every
 * row again with zod on every request. With `validate` (the tests), every
 * answer is also checked against its zod schema first, so an answer that
 * drifts from its declared shape fails there.
 */
import fastJson from 'fast-json-stringify';
import type { Schema } from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `anyOf: [{ type: X, … }, { type: 'null' }]` (how zod writes a nullable
 * field) becomes `type: [X, 'null']`, which fast-json-stringify writes
 * directly instead of testing each value against both branches.
 */
const simplifyNullable = (schema: JsonSchema): JsonSchema => {
  const anyOf = schema.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return schema;
  const nullIndex = anyOf.findIndex((branch) => isObject(branch) && branch.type === 'null');
  const other: unknown = anyOf[1 - nullIndex];
  if (nullIndex === -1 || !isObject(other) || typeof other.type !== 'string') return schema;
  const { anyOf: _anyOf, ...rest } = schema;
  return { ...rest, ...other, type: [other.type, 'null'] };
};

/**
 * fast-json-stringify writes only the properties a schema names, so
 * `additionalProperties: false` adds nothing to the allow-list; left in, it
 * would make a union branch refuse a record that carries more than it shows.
 */
const normalize = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(normalize);
  if (!isObject(schema)) return schema;
  const normalized = Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, normalize(value)]),
  );
  return simplifyNullable(normalized);
};

/** The JSON Schema fast-json-stringify compiles for a zod response schema. */
export const responseJsonSchema = (schema: z.ZodType): Schema =>
  normalize(
    z.toJSONSchema(schema, {
      io: 'output',
      target: 'draft-7',
      unrepresentable: 'any',
      reused: 'inline',
    }),
  ) as Schema;

const zodSchemaOf = (schema: unknown): z.ZodType => {
  if (schema instanceof z.ZodType) return schema;
  if (isObject(schema) && schema.properties instanceof z.ZodType) return schema.properties;
  throw new Error('A response schema must be a zod schema');
};

/**
 * An answer that can no longer change (a frozen object, such as a register
 * page kept for reuse) is written once per route and its text reused.
 */
const onceWhenFrozen = (stringify: (data: unknown) => string) => {
  const written = new WeakMap<object, string>();
  return (data: unknown): string => {
    if (typeof data !== 'object' || data === null || !Object.isFrozen(data)) return stringify(data);
    let json = written.get(data);
    if (json === undefined) {
      json = stringify(data);
      written.set(data, json);
    }
    return json;
  };
};

export const responseSerializerCompiler =
  (options: { readonly validate: boolean }): FastifySerializerCompiler<unknown> =>
  (route) => {
    const schema = zodSchemaOf(route.schema);
    const stringify = onceWhenFrozen(fastJson(responseJsonSchema(schema)));
    if (!options.validate) return stringify;
    const checked = zodSerializerCompiler({ ...route, schema });
    return (data: unknown) => {
      checked(data);
      return stringify(data);
    };
  };

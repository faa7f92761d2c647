/**
 * A query built once per database and then run with new values. For the
 * statements every request runs, building the query through the query
 * builder costs more than running it: the SQL is compiled once, with
 * placeholder values, and each run swaps in its own.
 */
import type { CompiledQuery, Compilable } from 'kysely';
import type { Executor } from './database.js';

/** Text that stands for a value: no real value starts with a NUL character. */
const placeholderOf = (name: string) => `\u0000prepared:${name}`;

export const preparedQuery = <N extends string, R>(
  names: readonly N[],
  build: (db: Executor, values: Readonly<Record<N, string>>) => Compilable<R>,
) => {
  const placeholders = Object.fromEntries(
    names.map((name) => [name, placeholderOf(name)]),
  ) as Record<N, string>;
  const nameOf = new Map<unknown, N>(names.map((name) => [placeholderOf(name), name]));
  const compiledFor = new WeakMap<Executor, CompiledQuery<R>>();
  return async (db: Executor, values: Readonly<Record<N, string>>): Promise<R[]> => {
    let compiled = compiledFor.get(db);
    if (!compiled) {
      compiled = build(db, placeholders).compile();
      compiledFor.set(db, compiled);
    }
    const parameters = compiled.parameters.map((parameter) => {
      const name = nameOf.get(parameter);
      return name === undefined ? parameter : values[name];
    });
    const { rows } = await db.executeQuery<R>({ ...compiled, parameters });
    return rows;
  };
};

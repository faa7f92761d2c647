/**
 * Drops undefined members. Optional request fields arrive as `undefined`,
 * while services take exact optional properties (absent, not undefined).
 */
export const compact = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

/** T with every member that may be undefined made optional instead, as `compact` returns it. */
export type Exact<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** `compact`, keeping which members are required. */
export const exact = <T extends Record<string, unknown>>(value: T): Exact<T> =>
  compact(value) as Exact<T>;

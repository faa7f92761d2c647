/**
 * Drops undefined members. Optional request fields arrive as `undefined`,
 * while services take exact optional properties (absent, not undefined).
 */
export const compact = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

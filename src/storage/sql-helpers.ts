/** Small mappings every repository needs on both databases. */

/** Escapes LIKE wildcards (use with `escape '\'`) so a search for "50%" finds that text only. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** JSON list columns are text on both databases. */
export const parseJsonList = <T>(text: string): T[] => JSON.parse(text) as T[];

export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: number): boolean => Number(value) === 1;

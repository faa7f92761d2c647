/**
 * Enumerations declared once, as their labels: the allowed values are the
 * label keys, in the order they are declared (none are numeric, so the
 * order holds).
 */
export const valuesOf = <K extends string>(labels: Readonly<Record<K, string>>) =>
  Object.keys(labels) as [K, ...K[]];

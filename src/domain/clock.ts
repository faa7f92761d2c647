/**
 * Time and identity sources passed into the domain and services, so that rules
 * stay pure and tests can move time and predict ids.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

export type IdGenerator = () => string;

/** An ISO-8601 UTC timestamp with milliseconds, the one stored form of an instant. */
export type Timestamp = string;

export const toTimestamp = (date: Date): Timestamp => date.toISOString();

/** Adds whole seconds to an instant without touching the caller's value. */
export const addSeconds = (date: Date, seconds: number): Date =>
  new Date(date.getTime() + seconds * 1000);

const DAY_MS = 86_400_000;

/** Whole days from `today` to `dueDate` (both YYYY-MM-DD); negative once past. */
export const daysBetween = (today: string, dueDate: string): number =>
  Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

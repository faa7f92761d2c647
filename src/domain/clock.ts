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

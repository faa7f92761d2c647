/** Calendar arithmetic on YYYY-MM-DD dates for review and retention periods. */

const daysInMonth = (year: number, monthIndex: number): number =>
  new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/**
 * Adds whole calendar months to a YYYY-MM-DD date. A day that does not exist
 * in the target month falls back to that month's last day (31 January + 1
 * month = 28 or 29 February), so a review is never pushed into the next month.
 */
export const addMonths = (date: string, months: number): string => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = daysInMonth(target.getUTCFullYear(), target.getUTCMonth());
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
};

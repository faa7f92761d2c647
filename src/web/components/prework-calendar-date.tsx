/**
 * Calendar dates (YYYY-MM-DD: due dates, review dates, measurement days) in
 * the user's locale. They are days, not instants, so they are read as local
 * dates: 2026-03-01 stays 1 March in every time zone.
 */
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const shortFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

const localDateOf = (isoDate: string): Date => {
  const [year = 0, month = 1, day = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, day);
};

export const formatCalendarDate = (isoDate: string): string =>
  dateFormat.format(localDateOf(isoDate));

/** "5 Mar", for chart axes. */
export const formatShortCalendarDate = (isoDate: string): string =>
  shortFormat.format(localDateOf(isoDate));

/** Today in the user's time zone, as YYYY-MM-DD (the latest day a date picker offers). */
export const todayIsoDate = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export const CalendarDate = ({ value }: { value: string }) => (
  <time dateTime={value.slice(0, 10)}>{formatCalendarDate(value)}</time>
);

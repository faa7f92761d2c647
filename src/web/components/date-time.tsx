/** Dates and times in the user's own locale, with the exact instant in a <time> element. */
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));
export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));

export const DateTime = ({ value, dateOnly = false }: { value: string; dateOnly?: boolean }) => (
  <time dateTime={value} title={new Date(value).toISOString()}>
    {dateOnly ? formatDate(value) : formatDateTime(value)}
  </time>
);

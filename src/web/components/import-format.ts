/** Small display helpers of the import wizard: file sizes and the values of preview rows. */

const UNITS = ['byte', 'kilobyte', 'megabyte'] as const;

/** 18 432 → "18 kB", in the user's locale. */
export const formatFileSize = (bytes: number): string => {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One cell of the preview as it was read: choices by their label, lists joined, yes/no. */
export const formatPreviewValue = (
  value: unknown,
  labels: Readonly<Record<string, string>> = {},
): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string')
    return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0
      ? '—'
      : value.map((entry) => formatPreviewValue(entry, labels)).join('; ');
  }
  if (isRecord(value) && typeof value.component === 'string') {
    return typeof value.supplier === 'string' && value.supplier !== ''
      ? `${value.component} (${value.supplier})`
      : value.component;
  }
  return JSON.stringify(value);
};

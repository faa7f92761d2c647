/** How current a piece of evidence is, as a badge with words (never colour alone). */
import { Badge } from '@mantine/core';
import type { Freshness } from './evidence-queries.js';

export const FRESHNESS_LABELS: Readonly<Record<Freshness, string>> = {
  fresh: 'Fresh',
  expiring: 'Expiring',
  expired: 'Expired',
  no_expiry: 'No expiry',
};

const COLOURS: Readonly<Record<Freshness, string>> = {
  fresh: 'teal',
  expiring: 'yellow',
  expired: 'red',
  no_expiry: 'gray',
};

export const FreshnessBadge = ({ freshness }: { readonly freshness: Freshness }) => (
  <Badge color={COLOURS[freshness]} variant="light" radius="sm" style={{ whiteSpace: 'nowrap' }}>
    {FRESHNESS_LABELS[freshness]}
  </Badge>
);

/** Annex C: organizational objectives and risk sources. */
import { Paper, Stack, Title } from '@mantine/core';
import type { AnnexCEntry } from './catalog-query.js';
import { CatalogEntry } from './catalog-entry.js';

const EntryGroup = ({
  title,
  entries,
  terms,
}: {
  title: string;
  entries: readonly AnnexCEntry[];
  terms: readonly string[];
}) =>
  entries.length === 0 ? null : (
    <Paper px="lg" py="md">
      <Title order={3} fz="lg" mb={4}>
        {title}
      </Title>
      {entries.map((entry) => (
        <CatalogEntry
          key={entry.id}
          id={`${entry.order}.`}
          title={entry.title}
          text={entry.description}
          terms={terms}
          order={4}
        />
      ))}
    </Paper>
  );

export const AnnexCList = ({
  objectives,
  riskSources,
  terms,
}: {
  objectives: readonly AnnexCEntry[];
  riskSources: readonly AnnexCEntry[];
  terms: readonly string[];
}) => (
  <Stack gap="md">
    <EntryGroup title="Organizational objectives" entries={objectives} terms={terms} />
    <EntryGroup title="Risk sources" entries={riskSources} terms={terms} />
  </Stack>
);

/**
 * What changed since the approved version before this one, as the version
 * carries it: the sections whose text differs, and the interested parties,
 * impacts and measures added, removed or changed.
 */
import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { IMPACT_FIELD_LABELS, IMPACT_TRIGGER_LABELS } from './impact-labels.js';
import type { ImpactChanges } from './impact-queries.js';

const CHANGE_COLORS = { added: 'teal', removed: 'red', changed: 'yellow' } as const;
type Change = keyof typeof CHANGE_COLORS;

const shown = (field: string, value: string | null) => {
  if (value === null || value === '') return '—';
  if (field === 'trigger')
    return IMPACT_TRIGGER_LABELS[value as keyof typeof IMPACT_TRIGGER_LABELS] ?? value;
  return value;
};

const ItemLine = ({ change, text }: { change: Change; text: string }) => (
  <List.Item>
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge size="xs" variant="light" color={CHANGE_COLORS[change]}>
        {change === 'added' ? 'Added' : change === 'removed' ? 'Removed' : 'Changed'}
      </Badge>
      <Text size="sm">{text}</Text>
    </Group>
  </List.Item>
);

interface Described {
  readonly description?: string;
  readonly name?: string;
}

const ListChanges = <T extends Described>({
  title,
  changes,
}: {
  title: string;
  changes: {
    added: readonly T[];
    removed: readonly T[];
    changed: readonly { key: string; after: T; fields: readonly string[] }[];
  };
}) => {
  const textOf = (item: T) => item.name ?? item.description ?? '';
  const count = changes.added.length + changes.removed.length + changes.changed.length;
  if (count === 0) return null;
  return (
    <Table.Tr>
      <Table.Th scope="row" w="22%">
        {title}
      </Table.Th>
      <Table.Td colSpan={2}>
        <List size="sm" spacing={4} listStyleType="none">
          {changes.added.map((item, index) => (
            <ItemLine key={`a${index}`} change="added" text={textOf(item)} />
          ))}
          {changes.removed.map((item, index) => (
            <ItemLine key={`r${index}`} change="removed" text={textOf(item)} />
          ))}
          {changes.changed.map((item) => (
            <ItemLine
              key={item.key}
              change="changed"
              text={`${textOf(item.after)} (${item.fields.join(', ')})`}
            />
          ))}
        </List>
      </Table.Td>
    </Table.Tr>
  );
};

export const ImpactChangesView = ({ changes }: { changes: ImpactChanges }) => {
  if (changes.againstVersion === null)
    return (
      <Text size="sm" c="dimmed">
        No approved version came before this one: everything in it is new.
      </Text>
    );
  if (!changes.hasChanges)
    return (
      <Text size="sm" c="dimmed">
        Nothing differs from version {changes.againstVersion}.
      </Text>
    );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Against version {changes.againstVersion}, the approved version before this one.
      </Text>
      <Table
        aria-label={`Changes since version ${changes.againstVersion}`}
        withTableBorder
        withColumnBorders
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Part</Table.Th>
            <Table.Th>Version {changes.againstVersion}</Table.Th>
            <Table.Th>This version</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.fields.map((entry) => (
            <Table.Tr key={entry.field} bg="yellow.0">
              <Table.Th scope="row">{IMPACT_FIELD_LABELS[entry.field]}</Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                {shown(entry.field, entry.before)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                {shown(entry.field, entry.after)}
              </Table.Td>
            </Table.Tr>
          ))}
          <ListChanges
            title={IMPACT_FIELD_LABELS.interestedParties}
            changes={changes.interestedParties}
          />
          <ListChanges title={IMPACT_FIELD_LABELS.impacts} changes={changes.impacts} />
          <ListChanges title={IMPACT_FIELD_LABELS.measures} changes={changes.measures} />
        </Table.Tbody>
      </Table>
    </Stack>
  );
};

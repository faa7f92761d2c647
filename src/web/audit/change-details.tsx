/** What an audit entry changed: one row per field whose value differs between before and after. */
import { Table, Text } from '@mantine/core';

/** Identity and bookkeeping fields the entry itself already shows. */
const HIDDEN_FIELDS = new Set(['id', 'organizationId', 'createdAt', 'updatedAt']);

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => {
  if (value === undefined) return '—';
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
};

interface ChangedField {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export const changedFields = (before: unknown, after: unknown): ChangedField[] => {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => !HIDDEN_FIELDS.has(field))
    .filter((field) => !(isBlank(from[field]) && isBlank(to[field])))
    .filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]))
    .map((field) => ({ field, before: from[field], after: to[field] }));
};

export const ChangeDetails = ({ before, after }: { before: unknown; after: unknown }) => {
  const rows = changedFields(before, after);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No field values recorded for this change.
      </Text>
    );
  }
  const hasBefore = isRecord(before);
  const hasAfter = isRecord(after);
  return (
    <Table withTableBorder highlightOnHover={false} verticalSpacing={6} fz="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">Field</Table.Th>
          {hasBefore && <Table.Th>Before</Table.Th>}
          {hasAfter && <Table.Th>After</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field}>
            <Table.Td ff="monospace">{row.field}</Table.Td>
            {hasBefore && (
              <Table.Td style={{ wordBreak: 'break-word' }}>{show(row.before)}</Table.Td>
            )}
            {hasAfter && <Table.Td style={{ wordBreak: 'break-word' }}>{show(row.after)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

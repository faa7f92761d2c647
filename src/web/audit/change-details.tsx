/**
 * What an audit entry changed: one row per field whose value differs between
 * before and after, labelled and worded as the forms word them.
 */
import { Table, Text } from '@mantine/core';
import { fieldLabel, formatValue, HIDDEN_FIELDS } from './change-values.js';
import type { ValueNames } from './change-values.js';

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

interface ChangeDetailsProps {
  readonly before: unknown;
  readonly after: unknown;
  readonly names: ValueNames;
}

export const ChangeDetails = ({ before, after, names }: ChangeDetailsProps) => {
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
          <Table.Th w="24%">Field</Table.Th>
          {hasBefore && <Table.Th>Before</Table.Th>}
          {hasAfter && <Table.Th>{hasBefore ? 'After' : 'Value'}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field}>
            <Table.Td>{fieldLabel(row.field, names)}</Table.Td>
            {hasBefore && (
              <Table.Td style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>
                {formatValue(row.field, row.before, names)}
              </Table.Td>
            )}
            {hasAfter && (
              <Table.Td style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>
                {formatValue(row.field, row.after, names)}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

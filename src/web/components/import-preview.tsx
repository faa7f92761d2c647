/**
 * The first rows of an import file as the API read them: whether each adds,
 * changes (and which fields) or leaves a record alone; rows with problems
 * are marked.
 */
import { Badge, Table, Text } from '@mantine/core';
import { formatPreviewValue } from './import-format.js';
import { columnLabel } from './import-registers.js';
import type { ImportRegister } from './import-registers.js';
import type { ImportResult } from './import-upload.js';

interface ImportPreviewProps {
  readonly register: ImportRegister;
  readonly result: ImportResult;
  readonly badLines: ReadonlySet<number>;
}

const OUTCOMES: Readonly<Record<string, { label: string; color: string }>> = {
  new: { label: 'New', color: 'teal' },
  changed: { label: 'Changed', color: 'indigo' },
  unchanged: { label: 'Unchanged', color: 'gray' },
};

const OutcomeBadge = ({
  register,
  row,
}: {
  register: ImportRegister;
  row: ImportResult['preview'][number];
}) => {
  const outcome = OUTCOMES[typeof row.outcome === 'string' ? row.outcome : 'new'];
  if (!outcome) return null;
  const changes = Array.isArray(row.changes) ? row.changes.map(String) : [];
  return (
    <div>
      <Badge color={outcome.color} variant="light">
        {outcome.label}
      </Badge>
      {changes.length > 0 && (
        <Text size="xs" c="dimmed">
          {changes.map((field) => columnLabel(register, field)).join(', ')}
        </Text>
      )}
    </div>
  );
};

export const ImportPreview = ({ register, result, badLines }: ImportPreviewProps) => {
  const fields = register.previewFields;
  const rows = result.preview;
  if (rows.length === 0) return null;
  return (
    <div>
      <Text size="sm" c="dimmed" mb={6} id="import-preview-caption">
        {rows.length < result.rowCount
          ? `The first ${rows.length} of ${result.rowCount.toLocaleString()} rows`
          : `All ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`}
      </Text>
      <Table.ScrollContainer minWidth={720} maxHeight={280}>
        <Table
          aria-labelledby="import-preview-caption"
          withTableBorder
          stickyHeader
          highlightOnHover={false}
          verticalSpacing={6}
          fz="sm"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Line</Table.Th>
              <Table.Th w={120}>Outcome</Table.Th>
              {fields.map((field) => (
                <Table.Th key={field}>{columnLabel(register, field)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const line = typeof row.line === 'number' ? row.line : index + 2;
              const isBad = badLines.has(line);
              return (
                <Table.Tr key={line} {...(isBad ? { bg: 'red.0' } : {})}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {isBad ? (
                      <Badge color="red" variant="light" aria-label={`Line ${line}, has problems`}>
                        {line}
                      </Badge>
                    ) : (
                      line
                    )}
                  </Table.Td>
                  <Table.Td>
                    <OutcomeBadge register={register} row={row} />
                  </Table.Td>
                  {fields.map((field) => (
                    <Table.Td key={field}>
                      <Text size="sm" lineClamp={2}>
                        {formatPreviewValue(row[field], register.valueLabels?.[field])}
                      </Text>
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
};

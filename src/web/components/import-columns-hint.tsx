/**
 * What the import file should look like: its columns (required ones marked),
 * a blank template (the columns, an example row and, in Excel, the allowed
 * values), and the register's own export, which imports back to change it.
 */
import { Anchor, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { downloadExport, downloadTemplate } from './export-download.js';
import type { ExportFormat } from './export-download.js';
import type { ImportRegister } from './import-registers.js';
import { notifyFailure } from './notify.js';

interface ImportColumnsHintProps {
  readonly id: string;
  readonly orgId: string;
  readonly register: ImportRegister;
}

export const ImportColumnsHint = ({ id, orgId, register }: ImportColumnsHintProps) => {
  const template = useMutation({
    mutationFn: (format: ExportFormat) => downloadTemplate(orgId, register.path, format),
    onError: (error) => notifyFailure('Could not download the template', error),
  });
  const current = useMutation({
    mutationFn: () => downloadExport(orgId, register.path, 'xlsx'),
    onError: (error) => notifyFailure('Could not export', error),
  });
  return (
    <div id={id}>
      <Text size="sm" c="dimmed">
        The first row names the columns (in any order, letter case ignored):{' '}
        {register.columns.map((column, index) => (
          <span key={column.field}>
            {index > 0 && ', '}
            <Text span size="sm" fw={column.isRequired ? 600 : 400} c="var(--mantine-color-text)">
              {column.header}
              {column.isRequired && (
                <>
                  <span aria-hidden>*</span>
                  <span className="visually-hidden"> (required)</span>
                </>
              )}
            </Text>
          </span>
        ))}
        . Choices may be written as shown in the app, lists separated by semicolons, owners by
        email. Up to 10,000 rows.
      </Text>
      <Text size="sm" mt={6}>
        Blank template:{' '}
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => template.mutate('xlsx')}
          disabled={template.isPending}
        >
          Excel workbook
        </Anchor>{' '}
        or{' '}
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => template.mutate('csv')}
          disabled={template.isPending}
        >
          CSV
        </Anchor>
        <Text span size="sm" c="dimmed">
          {' '}
          — the columns, an example row and the allowed values.
        </Text>
      </Text>
      <Text size="sm" mt={4}>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => current.mutate()}
          disabled={current.isPending}
        >
          {current.isPending ? 'Preparing the export…' : 'Download the current register'}
        </Anchor>{' '}
        <Text span size="sm" c="dimmed">
          — edit it and import it again: rows keep their Id and change that record; rows without an
          Id are added.
        </Text>
      </Text>
    </div>
  );
};

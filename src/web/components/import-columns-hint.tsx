/**
 * What the import file should look like: its columns (required ones marked)
 * and a template — the register's own export, which imports back as it is.
 */
import { Anchor, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { downloadExport } from './export-download.js';
import type { ImportRegister } from './import-registers.js';
import { notifyFailure } from './notify.js';

interface ImportColumnsHintProps {
  readonly id: string;
  readonly orgId: string;
  readonly register: ImportRegister;
}

export const ImportColumnsHint = ({ id, orgId, register }: ImportColumnsHintProps) => {
  const template = useMutation({
    mutationFn: () => downloadExport(orgId, register.path, 'xlsx'),
    onError: (error) => notifyFailure('Could not download the template', error),
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
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => template.mutate()}
          disabled={template.isPending}
        >
          {template.isPending ? 'Preparing the template…' : 'Download a template'}
        </Anchor>{' '}
        <Text span size="sm" c="dimmed">
          — the current register as an Excel workbook, with the right columns.
        </Text>
      </Text>
    </div>
  );
};

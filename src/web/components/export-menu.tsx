/**
 * "Export" on a register page: a menu of the files the API can produce (CSV,
 * XLSX) for one or more registers, downloaded with the user's session.
 */
import { Button, Menu } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Fragment } from 'react';
import { downloadExport } from './export-download.js';
import type { ExportFormat, ExportRegister } from './export-download.js';
import { notifyFailure } from './notify.js';
import { DownloadIcon } from './prework-icons.js';

export interface ExportSource {
  readonly register: ExportRegister;
  /** What the file holds, e.g. "Interested parties"; shown when the menu offers several. */
  readonly label: string;
}

const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Excel workbook (.xlsx)' },
  { format: 'csv', label: 'CSV file (.csv)' },
];

interface ExportMenuProps {
  readonly orgId: string;
  readonly sources: readonly ExportSource[];
}

export const ExportMenu = ({ orgId, sources }: ExportMenuProps) => {
  const download = useMutation({
    mutationFn: (choice: { register: ExportRegister; format: ExportFormat }) =>
      downloadExport(orgId, choice.register, choice.format),
    onError: (error) => notifyFailure('Could not export', error),
  });
  const isSeveral = sources.length > 1;
  return (
    <Menu position="bottom-end" shadow="md" width={260}>
      <Menu.Target>
        <Button variant="default" leftSection={<DownloadIcon />} loading={download.isPending}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {sources.map((source, index) => (
          <Fragment key={source.register}>
            {index > 0 && <Menu.Divider />}
            {isSeveral && <Menu.Label>{source.label}</Menu.Label>}
            {FORMATS.map(({ format, label }) => (
              <Menu.Item
                key={format}
                aria-label={isSeveral ? `${source.label} as ${label}` : undefined}
                onClick={() => download.mutate({ register: source.register, format })}
              >
                {label}
              </Menu.Item>
            ))}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};

/**
 * "Export" on a register page: a menu of the files the API can produce (CSV,
 * XLSX) for one or more registers, and any report of the page (a PDF),
 * downloaded with the user's session.
 */
import { Button, Menu } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Fragment } from 'react';
import { downloadExport, downloadFile } from './export-download.js';
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

/** A file of the page beyond the register tables, such as a PDF report. */
export interface ExportReport {
  readonly label: string;
  /** The API path of the file. */
  readonly url: string;
  /** The name to save it under if the server does not give one. */
  readonly fallbackName: string;
}

interface ExportMenuProps {
  readonly orgId: string;
  readonly sources: readonly ExportSource[];
  readonly reports?: readonly ExportReport[];
}

export const ExportMenu = ({ orgId, sources, reports = [] }: ExportMenuProps) => {
  const download = useMutation({
    mutationFn: (choice: { register: ExportRegister; format: ExportFormat } | ExportReport) =>
      'url' in choice
        ? downloadFile(choice.url, choice.fallbackName)
        : downloadExport(orgId, choice.register, choice.format),
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
        {reports.length > 0 && <Menu.Divider />}
        {reports.map((report) => (
          <Menu.Item key={report.url} onClick={() => download.mutate(report)}>
            {report.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};

/**
 * Every version of an approvable record, newest first: number, status, who
 * wrote and who approved it and when, a column of the record's own, and a
 * dialog that shows a version as it was.
 */
import { Button, Modal, Paper, Table } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ScopeStatusBadge } from '../pages/scope/scope-status-badge.js';
import { DateTime } from './date-time.js';
import { useMemberName } from './prework-owner-select.js';
import { SimpleTable } from './simple-table.js';
import type { SimpleColumn } from './simple-table.js';

interface HistoryVersion {
  readonly id: string;
  readonly version: number;
  readonly status: Parameters<typeof ScopeStatusBadge>[0]['status'];
  readonly authorUserId: string | null;
  readonly approvedByUserId: string | null;
  readonly approvedAt: string | null;
}

/** A column of the record's own, after the workflow's columns. */
export interface HistoryColumn<V> extends SimpleColumn {
  readonly cell: (version: V) => ReactNode;
  /** Placed before "Written by" rather than after "Approved". */
  readonly first?: boolean;
}

export const ApprovalVersionHistory = <V extends HistoryVersion>({
  orgId,
  versions,
  label,
  titleOf,
  columns,
  minWidth = 760,
  children,
}: {
  orgId: string;
  versions: readonly V[];
  /** The table's accessible name, e.g. "Scope versions". */
  label: string;
  /** The dialog's title for a version. */
  titleOf: (version: V) => string;
  columns: readonly HistoryColumn<V>[];
  minWidth?: number;
  /** The dialog's body for the version shown. */
  children: (version: V) => ReactNode;
}) => {
  const nameOf = useMemberName(orgId);
  const [shown, setShown] = useState<V | null>(null);
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const before = columns.filter((column) => column.first);
  const after = columns.filter((column) => !column.first);
  const header: SimpleColumn[] = [
    { header: 'Version', width: 90 },
    { header: 'Status', width: 130 },
    ...before,
    { header: 'Written by' },
    { header: 'Approved by' },
    { header: 'Approved' },
    ...after,
    { header: 'Actions', width: 90, isHeaderHidden: true },
  ];
  return (
    <>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        <SimpleTable label={label} minWidth={minWidth} columns={header}>
          {sorted.map((version) => (
            <Table.Tr key={version.id}>
              <Table.Td fw={600}>{version.version}</Table.Td>
              <Table.Td>
                <ScopeStatusBadge status={version.status} />
              </Table.Td>
              {before.map((column) => (
                <Table.Td key={column.header}>{column.cell(version)}</Table.Td>
              ))}
              <Table.Td>{nameOf(version.authorUserId)}</Table.Td>
              <Table.Td>
                {version.approvedAt === null ? '—' : nameOf(version.approvedByUserId)}
              </Table.Td>
              <Table.Td>
                {version.approvedAt === null ? '—' : <DateTime value={version.approvedAt} />}
              </Table.Td>
              {after.map((column) => (
                <Table.Td key={column.header} ta={column.align}>
                  {column.cell(version)}
                </Table.Td>
              ))}
              <Table.Td>
                <Button
                  variant="subtle"
                  size="xs"
                  aria-label={`View version ${version.version}`}
                  onClick={() => setShown(version)}
                >
                  View
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </SimpleTable>
      </Paper>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={shown ? titleOf(shown) : ''}
        size="xl"
      >
        {shown && children(shown)}
      </Modal>
    </>
  );
};

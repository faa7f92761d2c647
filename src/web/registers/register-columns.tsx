/**
 * Columns several register tables share: the record's name linking to its
 * page, when a row last changed, and its Edit and Delete.
 */
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../components/date-time.js';
import { notifyFailure, notifySuccess } from '../components/notify.js';
import { orgPath } from '../orgs/current-org.js';
import type { DeleteMutation } from './register-mutations.js';
import { inSentence } from './declaration.js';
import type { RegisterColumn } from './register-table.js';
import { RowActions, hasAnyActions } from './row-actions.js';

interface RecordNameColumn<Row> {
  readonly header: string;
  readonly sort?: string;
  readonly width?: number | string;
  readonly orgId: string;
  /** The register whose record pages the names open. */
  readonly path: string;
  readonly nameOf: (row: Row) => string;
  /** The link's accessible name where the name alone does not say enough. */
  readonly ariaLabelOf?: (row: Row) => string;
  /** A line under the name, e.g. the system's purpose. */
  readonly detail?: (row: Row) => ReactNode;
}

/** The record's name as the link (for keyboard users) to its page. */
export const recordNameColumn = <Row extends { id: string }>(
  spec: RecordNameColumn<Row>,
): RegisterColumn<Row> => ({
  header: spec.header,
  ...(spec.sort !== undefined ? { sort: spec.sort } : {}),
  ...(spec.width !== undefined ? { width: spec.width } : {}),
  cell: (row) => (
    <>
      <Link
        to={orgPath(spec.orgId, spec.path, row.id)}
        className="row-link"
        {...(spec.ariaLabelOf ? { 'aria-label': spec.ariaLabelOf(row) } : {})}
      >
        {spec.nameOf(row)}
      </Link>
      {spec.detail?.(row)}
    </>
  ),
});

export const lastUpdatedColumn = <Row extends { updatedAt: string }>({
  isSortable = false,
} = {}): RegisterColumn<Row> => ({
  header: 'Last updated',
  ...(isSortable ? { sort: 'updatedAt' } : {}),
  width: 170,
  cell: (row) => (
    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      <DateTime value={row.updatedAt} />
    </Text>
  ),
});

interface RowActionsColumn<Row> {
  /** The register's singular name, e.g. "Context issue". */
  readonly one: string;
  readonly nameOf: (row: Row) => string;
  /** What Delete's confirmation says will happen. */
  readonly deleteMessage: (row: Row) => string;
  readonly remove: DeleteMutation;
  readonly onEdit: (row: Row) => void;
}

/** Edit and Delete as each row's `availableActions` allow; hidden when no row has any. */
export const rowActionsColumn = <Row extends { id: string; availableActions: readonly string[] }>(
  spec: RowActionsColumn<Row>,
): RegisterColumn<Row> => ({
  header: 'Actions',
  width: 150,
  isHeaderHidden: true,
  isShownFor: hasAnyActions,
  cell: (row) => (
    <RowActions
      actions={row.availableActions}
      name={spec.nameOf(row)}
      deleteTitle={`Delete ${inSentence(spec.one)}`}
      deleteMessage={spec.deleteMessage(row)}
      isDeleting={spec.remove.isPending && spec.remove.variables === row.id}
      onEdit={() => spec.onEdit(row)}
      onDelete={() =>
        spec.remove.mutate(row.id, {
          onSuccess: () => notifySuccess(`“${spec.nameOf(row)}” was deleted.`),
          onError: (error) => notifyFailure(`Could not delete the ${inSentence(spec.one)}`, error),
        })
      }
    />
  ),
});

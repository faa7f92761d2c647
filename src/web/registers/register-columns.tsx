/** Columns several register tables share: when a row last changed, and its Edit and Delete. */
import { Text } from '@mantine/core';
import { DateTime } from '../components/date-time.js';
import { notifyFailure, notifySuccess } from '../components/notify.js';
import type { DeleteMutation } from './register-mutations.js';
import { inSentence } from './declaration.js';
import type { RegisterColumn } from './register-table.js';
import { RowActions, hasAnyActions } from './row-actions.js';

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

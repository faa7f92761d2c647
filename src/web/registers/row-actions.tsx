/**
 * Edit and Delete for one register row, shown only when the API lists the
 * action in the row's availableActions. Delete asks first.
 */
import { Button, Group } from '@mantine/core';
import { ConfirmButton } from '../components/confirm-button.js';

interface RowActionsProps {
  readonly actions: readonly string[];
  /** What the row is called, for accessible names: "Edit “Vendor lock-in”". */
  readonly name: string;
  readonly deleteTitle: string;
  readonly deleteMessage: string;
  readonly isDeleting: boolean;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

export const RowActions = (props: RowActionsProps) => (
  <Group gap={4} justify="flex-end" wrap="nowrap">
    {props.actions.includes('edit') && (
      <Button variant="subtle" size="xs" onClick={props.onEdit} aria-label={`Edit “${props.name}”`}>
        Edit
      </Button>
    )}
    {props.actions.includes('delete') && (
      <ConfirmButton
        ariaLabel={`Delete “${props.name}”`}
        title={props.deleteTitle}
        message={props.deleteMessage}
        confirmLabel="Delete"
        loading={props.isDeleting}
        onConfirm={props.onDelete}
      >
        Delete
      </ConfirmButton>
    )}
  </Group>
);

/** Whether a table needs its actions column at all. */
export const hasAnyActions = (
  rows: readonly { availableActions: readonly string[] }[] | undefined,
) => rows?.some((row) => row.availableActions.length > 0) ?? false;

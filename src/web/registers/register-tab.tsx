/**
 * A register shown as one tab of a page, its rows added and changed in a
 * dialog on that page: the list with the add button beside the filters, when
 * each row last changed, its Edit and Delete as it allows, and the dialog.
 * Render it below a RegistersGate.
 */
import { Button } from '@mantine/core';
import { useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { RegisterKey } from './declaration.js';
import { lastUpdatedColumn, rowActionsColumn } from './register-columns.js';
import type { RecordFormProps } from './register-form-modal.js';
import { RegisterList } from './register-list.js';
import type { RegisterListProps } from './register-list.js';
import type { RegisterRow } from './register-queries.js';
import { recordNameOf } from './record-names.js';
import { useRegisterRecordDelete } from './register-records.js';
import type { RecordPath, RegisterRecord } from './register-records.js';
import type { RegisterColumn } from './register-table.js';
import { useRegister } from './use-register.js';
import type { UrlShape } from './use-register.js';
import { useRegisterView } from './use-register-view.js';

type Row<Key extends RecordPath> = RegisterRow<Key> & {
  readonly id: string;
  readonly updatedAt: string;
  readonly availableActions: readonly string[];
};

/** What the page may show beside the list (a drawer over a row) and do with it. */
export interface RegisterTabState<Key extends RecordPath> {
  readonly rows: readonly Row<Key>[] | undefined;
  readonly isEditing: boolean;
  readonly edit: (row: Row<Key>) => void;
}

interface RegisterTabProps<Key extends RecordPath & RegisterKey> extends Omit<
  RegisterListProps<Key>,
  'register' | 'codec' | 'view' | 'columns' | 'addButton' | 'tool'
> {
  readonly registerKey: Key;
  /** How the tab names its list in the URL (a module constant). */
  readonly url: UrlShape;
  readonly addLabel: string;
  /** The register's own columns; when each row last changed and its actions follow. */
  readonly columns: readonly RegisterColumn<Row<Key>>[];
  /** What Delete's confirmation says will happen. */
  readonly deleteMessage: (row: Row<Key>) => string;
  /** The add-or-edit dialog. */
  readonly form: ComponentType<RecordFormProps<Row<Key>>>;
  readonly children?: (tab: RegisterTabState<Key>) => ReactNode;
}

export const RegisterTab = <Key extends RecordPath & RegisterKey>(props: RegisterTabProps<Key>) => {
  const { orgId, registerKey, url, addLabel, deleteMessage, form: Form, children } = props;
  const { register, codec } = useRegister(registerKey, url);
  const view = useRegisterView(orgId, registerKey, codec);
  const remove = useRegisterRecordDelete(orgId, registerKey);
  /** Closed, adding (no row) or editing a row. */
  const [editing, setEditing] = useState<{ row: Row<Key> | undefined } | null>(null);
  const edit = (row: Row<Key>) => setEditing({ row });
  // Every register row has these fields; the route types do not say so to a generic register.
  const columns = [
    ...props.columns,
    lastUpdatedColumn<Row<Key>>(),
    rowActionsColumn<Row<Key>>({
      one: register.one,
      nameOf: (row) => recordNameOf(registerKey, row as unknown as RegisterRecord<Key>),
      deleteMessage,
      remove,
      onEdit: edit,
    }),
  ] as readonly RegisterColumn<RegisterRow<Key>>[];
  const addButton = view.may('create') ? (
    <Button onClick={() => setEditing({ row: undefined })}>{addLabel}</Button>
  ) : undefined;
  return (
    <>
      <RegisterList<Key>
        orgId={orgId}
        register={register}
        codec={codec}
        view={view}
        noneDescription={props.noneDescription}
        searchPlaceholder={props.searchPlaceholder}
        columns={columns}
        {...(props.filterLooks ? { filterLooks: props.filterLooks } : {})}
        {...(props.tableMinWidth !== undefined ? { tableMinWidth: props.tableMinWidth } : {})}
        {...(addButton ? { addButton, tool: addButton } : {})}
      />
      {children?.({
        rows: view.list.data?.items as Row<Key>[] | undefined,
        isEditing: editing !== null,
        edit,
      })}
      {editing && <Form orgId={orgId} record={editing.row} onClose={() => setEditing(null)} />}
    </>
  );
};

/**
 * A register's add-or-edit dialog for one record: the register's own save
 * (POST to add, PATCH to change), the dialog's words for adding and for
 * changing ("Add <register's one>", "Edit <name>"), and the notice once
 * saved. Mount it only while open.
 */
import { notifySuccess } from '../components/notify.js';
import { inSentence } from './declaration.js';
import type { RegisterKey } from './declaration.js';
import { RegisterFormModal } from './register-form-modal.js';
import type { RecordFormProps, RegisterFormModalProps } from './register-form-modal.js';
import { useRegisterRecordSave } from './register-records.js';
import type { RecordPath, RegisterBody, RegisterRecord } from './register-records.js';
import { recordNameOf } from './record-names.js';
import { useRegister } from './use-register.js';

type Saved<Key extends RecordPath> = RegisterRecord<Key> & { id: string };

interface RecordFormModalProps<
  Key extends RecordPath & RegisterKey,
  Values extends Record<string, unknown>,
>
  extends
    RecordFormProps<RegisterRecord<Key>>,
    Omit<
      RegisterFormModalProps<Values, RegisterBody<Key>, Saved<Key>>,
      'title' | 'submitLabel' | 'save' | 'onSaved' | 'onClose'
    > {
  readonly registerKey: Key;
  /** The submit button when adding, where shorter than the title ("Add objective"). */
  readonly addLabel?: string;
  /** The title when changing; "Edit <name>" unless given. */
  readonly editTitle?: string;
  /** Where the notice says a new record went, e.g. "the obligations". */
  readonly addedTo?: string;
  /** After the notice for a new record, e.g. opening its page. */
  readonly onAdded?: (saved: Saved<Key>) => void;
}

export const RecordFormModal = <
  Key extends RecordPath & RegisterKey,
  Values extends Record<string, unknown>,
>(
  props: RecordFormModalProps<Key, Values>,
) => {
  const { registerKey, orgId, record, addLabel, editTitle, addedTo, onAdded, children, ...form } =
    props;
  const { register } = useRegister(registerKey);
  const addTitle = `Add ${inSentence(register.one)}`;
  // Every record has an id; the route types do not say so to a generic register.
  const save = useRegisterRecordSave(
    orgId,
    registerKey,
    (record as { id: string } | undefined)?.id,
  );
  return (
    <RegisterFormModal<Values, RegisterBody<Key>, Saved<Key>>
      {...form}
      title={record ? (editTitle ?? `Edit ${recordNameOf(registerKey, record)}`) : addTitle}
      submitLabel={record ? 'Save changes' : (addLabel ?? addTitle)}
      save={save}
      onSaved={(saved) => {
        const name = recordNameOf(registerKey, saved);
        if (record) {
          notifySuccess(`“${name}” was saved.`);
          return;
        }
        notifySuccess(addedTo ? `“${name}” was added to ${addedTo}.` : `“${name}” was added.`);
        onAdded?.(saved);
      }}
    >
      {children}
    </RegisterFormModal>
  );
};

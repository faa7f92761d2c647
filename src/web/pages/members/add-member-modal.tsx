/** Give someone a role: an existing account by email, or a new account with a name and first password. */
import { PasswordInput, Select, Text, TextInput } from '@mantine/core';
import type { FieldLabels } from '../../components/form-errors.js';
import { notifySuccess } from '../../components/notify.js';
import { ROLE_LABELS, roleOptions, type OrgKind } from '../../labels/roles.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import { useAddMember, type NewMember } from './member-queries.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';

interface FormValues extends Record<string, unknown> {
  email: string;
  role: string;
  name: string;
  password: string;
}

const LABELS: FieldLabels<FormValues> = {
  email: 'Email',
  role: 'Role',
  name: 'Name',
  password: 'First password',
};

const INITIAL: FormValues = { email: '', role: '', name: '', password: '' };

const bodyOf = (values: FormValues): NewMember => ({
  email: values.email,
  role: values.role,
  ...(values.name.trim() !== '' ? { name: values.name } : {}),
  ...(values.password !== '' ? { password: values.password } : {}),
});

interface AddMemberModalProps {
  readonly orgId: string;
  readonly orgKind: OrgKind;
  readonly onClose: () => void;
}

/** Mount it only while open. */
export const AddMemberModal = ({ orgId, orgKind, onClose }: AddMemberModalProps) => (
  <RegisterFormModal
    title="Add member"
    submitLabel="Add member"
    size="md"
    initialValues={INITIAL}
    labels={LABELS}
    bodyOf={bodyOf}
    save={useAddMember(orgId)}
    onSaved={(membership, values) =>
      notifySuccess(`${values.email} is now ${ROLE_LABELS[membership.role]}.`)
    }
    onClose={onClose}
  >
    {(form) => (
      <>
        <LeadTextInput form={form} field="email" label={LABELS.email} type="email" />
        <Select
          label={LABELS.role}
          placeholder="Choose a role"
          data={roleOptions(orgKind)}
          withAsterisk
          allowDeselect={false}
          value={form.values.role === '' ? null : form.values.role}
          onChange={(value) => form.setFieldValue('role', value ?? '')}
          error={form.errors.role}
        />
        <Text size="sm" c="dimmed">
          For someone without an account yet, also give their name and a first password of at least
          12 characters; share it with them safely and ask them to change it.
        </Text>
        <TextInput label={LABELS.name} autoComplete="off" {...form.getInputProps('name')} />
        <PasswordInput
          label={LABELS.password}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
      </>
    )}
  </RegisterFormModal>
);

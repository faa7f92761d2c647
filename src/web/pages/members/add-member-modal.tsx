/** Give someone a role: an existing account by email, or a new account with a name and first password. */
import { Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError, type FieldLabels } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { ROLE_LABELS, roleOptions, type OrgKind } from '../../labels/roles.js';
import { useAddMember } from './member-queries.js';

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

interface AddMemberModalProps {
  readonly orgId: string;
  readonly orgKind: OrgKind;
  readonly opened: boolean;
  readonly onClose: () => void;
}

export const AddMemberModal = ({ orgId, orgKind, opened, onClose }: AddMemberModalProps) => {
  const form = useForm<FormValues>({ initialValues: INITIAL });
  const [alert, setAlert] = useState<string | null>(null);
  const add = useAddMember(orgId);

  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setAlert(null);
    const body = {
      email: values.email,
      role: values.role,
      ...(values.name.trim() !== '' ? { name: values.name } : {}),
      ...(values.password !== '' ? { password: values.password } : {}),
    };
    add.mutate(body, {
      onSuccess: (membership) => {
        notifySuccess(`${values.email} is now ${ROLE_LABELS[membership.role]}.`);
        close();
      },
      onError: (error) => setAlert(applyApiError(form, error, LABELS)),
    });
  });

  return (
    <Modal opened={opened} onClose={close} title="Add member" size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={alert} />
          <TextInput
            label={LABELS.email}
            type="email"
            withAsterisk
            data-autofocus
            {...form.getInputProps('email')}
          />
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
            For someone without an account yet, also give their name and a first password of at
            least 12 characters; share it with them safely and ask them to change it.
          </Text>
          <TextInput label={LABELS.name} autoComplete="off" {...form.getInputProps('name')} />
          <PasswordInput
            label={LABELS.password}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add member
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

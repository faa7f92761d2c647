/** Change your password: the API checks the current one and the rules for the new one. */
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import { applyApiError } from '../../components/form-errors.js';
import type { FieldLabels } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { AccountCard } from './account-card.js';

interface FormValues extends Record<string, unknown> {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const LABELS: FieldLabels<FormValues> = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
};

export const ChangePasswordForm = () => {
  const form = useForm<FormValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      // Only the UI knows the confirmation field; the API judges the password itself.
      confirmPassword: (value, values) =>
        value === values.newPassword ? null : 'The two new passwords are not the same',
    },
  });
  const [alert, setAlert] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/v1/auth/password', { body })),
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    setAlert(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifySuccess('Your password was changed. Your other sessions were signed out.');
        },
        onError: (error) => setAlert(applyApiError(form, error, LABELS)),
      },
    );
  });

  return (
    <AccountCard
      title="Change password"
      description="Use at least 12 characters. Changing it signs you out everywhere else."
    >
      <form onSubmit={submit} noValidate>
        <Stack maw={420}>
          <FormAlert message={alert} />
          <PasswordInput
            label={LABELS.currentPassword}
            autoComplete="current-password"
            withAsterisk
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={LABELS.newPassword}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={LABELS.confirmPassword}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('confirmPassword')}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </AccountCard>
  );
};

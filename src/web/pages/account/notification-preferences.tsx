/** Which kinds of notification also come by e-mail, and whether the server sends e-mail at all. */
import { Alert, Anchor, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  notificationSettingsQuery,
  preferencesQuery,
  useSavePreference,
} from '../../notifications/notification-queries.js';

export const NotificationPreferencesCard = () => {
  const preferences = useQuery(preferencesQuery);
  const settings = useQuery(notificationSettingsQuery);
  const save = useSavePreference();
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Notifications
        </Title>
        {settings.data && !settings.data.mail.isConfigured && (
          <Alert color="yellow" title="E-mail is not configured">
            This server sends no e-mail; you see your notifications in the app only.{' '}
            <Anchor component={Link} to="/settings">
              Settings
            </Anchor>
          </Alert>
        )}
        {preferences.data?.items.map((preference) => (
          <Switch
            key={preference.kind}
            label={`${preference.label}: also by e-mail`}
            checked={preference.isEmailEnabled}
            disabled={save.isPending}
            onChange={(event) =>
              save.mutate({ kind: preference.kind, isEmailEnabled: event.currentTarget.checked })
            }
          />
        ))}
        <Text size="xs" c="dimmed">
          Reminders come as one digest a day per organization.
        </Text>
      </Stack>
    </Paper>
  );
};

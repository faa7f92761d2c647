/** What the server does about notifications: whether it sends e-mail, and when reminders go out. */
import { Alert, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../components/error-state.js';
import { PageHeader } from '../components/page-header.js';
import { notificationSettingsQuery } from '../notifications/notification-queries.js';

export const SettingsPage = () => {
  const settings = useQuery(notificationSettingsQuery);
  const data = settings.data;
  return (
    <>
      <PageHeader title="Settings" description="How this server notifies people." />
      {settings.isError && <ErrorState error={settings.error} />}
      {data && (
        <Stack gap="md">
          {data.mail.isConfigured ? (
            <Alert color="green" title="E-mail is configured">
              Notifications are also sent by e-mail from {data.mail.from}, to everyone who keeps
              e-mail on in their account.
            </Alert>
          ) : (
            <Alert color="yellow" title="E-mail is not configured">
              No e-mail is sent; notifications appear in the app only. Set SMTP_URL (and MAIL_FROM)
              on the server to send them by e-mail too.
            </Alert>
          )}
          <Paper withBorder p="md">
            <Table>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>Reminders before a due date</Table.Th>
                  <Table.Td>
                    {data.reminders.daysBefore
                      .map((days) => (days === 0 ? 'on the day' : `${days} day(s) before`))
                      .join(', ')}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Once overdue</Table.Th>
                  <Table.Td>every {data.reminders.overdueEveryDays} day(s)</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Daily reminders from</Table.Th>
                  <Table.Td>{data.dailyJobsAtUtc} UTC</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" mt="xs">
              Set on the server: AIMS_REMINDER_DAYS, AIMS_OVERDUE_REMINDER_EVERY_DAYS,
              AIMS_DAILY_JOBS_AT (see docs/notifications.md).
            </Text>
          </Paper>
        </Stack>
      )}
    </>
  );
};

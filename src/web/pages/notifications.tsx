/** Your notifications in the organization: filter by kind or unread, open, mark read, mark all read. */
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../components/error-state.js';
import { PageHeader } from '../components/page-header.js';
import {
  NOTIFICATION_PAGE_SIZE,
  notificationsQuery,
  useMarkAllRead,
  useMarkRead,
} from '../notifications/notification-queries.js';
import type { Notification, NotificationKind } from '../notifications/notification-queries.js';
import { useCurrentOrg } from '../orgs/current-org.js';

const KIND_OPTIONS: { value: NotificationKind; label: string }[] = [
  { value: 'due_reminder', label: 'Due and overdue reminders' },
];

const dueText = (days: number): string => {
  if (days < 0) return `overdue by ${-days} day${days === -1 ? '' : 's'}`;
  if (days === 0) return 'due today';
  return `due in ${days} day${days === 1 ? '' : 's'}`;
};

const NotificationCard = ({
  orgId,
  notification,
}: {
  orgId: string;
  notification: Notification;
}) => {
  const markRead = useMarkRead(orgId);
  const isUnread = notification.readAt === null;
  return (
    <Paper withBorder p="md" aria-label={notification.text}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            {isUnread && <Badge size="sm">Unread</Badge>}
            <Text fw={isUnread ? 600 : 400}>{notification.text}</Text>
          </Group>
          <Text size="xs" c="dimmed">
            {new Date(notification.createdAt).toLocaleString()}
          </Text>
          <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
            {notification.items.map((item) => (
              <li key={item.subjectId}>
                <Anchor component={Link} to={item.link} size="sm">
                  {item.title}
                </Anchor>{' '}
                <Text span size="sm" c={item.daysUntilDue < 0 ? 'red' : 'dimmed'}>
                  {dueText(item.daysUntilDue)} ({item.dueDate})
                </Text>
              </li>
            ))}
          </Stack>
        </Stack>
        {isUnread && (
          <Button
            size="xs"
            variant="light"
            loading={markRead.isPending}
            onClick={() => markRead.mutate(notification.id)}
          >
            Mark read
          </Button>
        )}
      </Group>
    </Paper>
  );
};

export const NotificationsPage = () => {
  const { organization } = useCurrentOrg();
  const [kind, setKind] = useState<NotificationKind | undefined>(undefined);
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const [offset, setOffset] = useState(0);
  const page = useQuery(
    notificationsQuery(organization.id, {
      offset,
      ...(kind ? { kind } : {}),
      ...(show === 'unread' ? { isUnread: true } : {}),
    }),
  );
  const markAll = useMarkAllRead(organization.id);
  const total = page.data?.total ?? 0;
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Reminders of what is due for you in this organization: one digest a day, listing everything due or overdue."
        actions={
          <Button
            variant="light"
            disabled={(page.data?.unreadCount ?? 0) === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate(kind)}
          >
            Mark all read
          </Button>
        }
      />
      <Stack gap="md">
        <Group gap="md">
          <Select
            label="Kind"
            placeholder="All kinds"
            clearable
            data={KIND_OPTIONS}
            value={kind ?? null}
            onChange={(value) => {
              setKind(value ?? undefined);
              setOffset(0);
            }}
          />
          <SegmentedControl
            aria-label="Show"
            value={show}
            onChange={(value) => {
              setShow(value === 'unread' ? 'unread' : 'all');
              setOffset(0);
            }}
            data={[
              { value: 'all', label: 'All' },
              { value: 'unread', label: `Unread (${page.data?.unreadCount ?? 0})` },
            ]}
          />
        </Group>
        {page.isError ? (
          <ErrorState error={page.error} onRetry={() => void page.refetch()} />
        ) : page.data && page.data.items.length === 0 ? (
          <Text c="dimmed">No notifications.</Text>
        ) : (
          page.data?.items.map((notification) => (
            <NotificationCard
              key={notification.id}
              orgId={organization.id}
              notification={notification}
            />
          ))
        )}
        {total > NOTIFICATION_PAGE_SIZE && (
          <Group>
            <Button
              variant="default"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - NOTIFICATION_PAGE_SIZE))}
            >
              Newer
            </Button>
            <Button
              variant="default"
              disabled={offset + NOTIFICATION_PAGE_SIZE >= total}
              onClick={() => setOffset(offset + NOTIFICATION_PAGE_SIZE)}
            >
              Older
            </Button>
          </Group>
        )}
      </Stack>
    </>
  );
};

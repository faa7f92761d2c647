/** The bell in the header: unread notifications in the current organization, opening the list. */
import { ActionIcon, Indicator } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { unreadCountQuery } from './notification-queries.js';

export const NotificationBell = ({ orgId }: { orgId: string }) => {
  const { data } = useQuery(unreadCountQuery(orgId));
  const unread = data?.unreadCount ?? 0;
  return (
    <Indicator label={unread} size={16} disabled={unread === 0} offset={4}>
      <ActionIcon
        component={Link}
        to={`/orgs/${orgId}/notifications`}
        variant="subtle"
        size="lg"
        aria-label={unread === 0 ? 'Notifications' : `Notifications: ${unread} unread`}
      >
        <svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true">
          <path
            d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8M10 20a2 2 0 0 0 4 0"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </ActionIcon>
    </Indicator>
  );
};

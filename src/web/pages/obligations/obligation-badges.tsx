/**
 * How an obligation stands: its compliance status as a coloured badge, and
 * the next review date in the user's locale, flagged when it has passed.
 */
import { Badge, Group, Text } from '@mantine/core';
import {
  COMPLIANCE_STATUS_COLORS,
  COMPLIANCE_STATUS_LABELS,
  type ComplianceStatus,
} from '../../labels/obligations.js';
import { formatCalendarDate } from '../../components/prework-calendar-date.js';

export const ComplianceBadge = ({ status }: { status: ComplianceStatus }) => (
  <Badge
    color={COMPLIANCE_STATUS_COLORS[status]}
    variant={status === 'not_assessed' ? 'outline' : 'light'}
    style={{ whiteSpace: 'nowrap' }}
  >
    {COMPLIANCE_STATUS_LABELS[status]}
  </Badge>
);

export const ReviewDate = ({ day, isOverdue }: { day: string | null; isOverdue: boolean }) => {
  if (day === null) {
    return (
      <Text size="sm" c="dimmed">
        Not planned
      </Text>
    );
  }
  return (
    <Group gap={6}>
      <Text size="sm" component="time" dateTime={day} style={{ whiteSpace: 'nowrap' }}>
        {formatCalendarDate(day)}
      </Text>
      {isOverdue && (
        <Badge color="red" variant="filled" size="sm">
          Overdue
        </Badge>
      )}
    </Group>
  );
};

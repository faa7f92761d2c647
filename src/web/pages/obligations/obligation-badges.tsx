/**
 * How an obligation stands: its compliance status as a coloured badge, and
 * the next review date in the user's locale, flagged when it has passed.
 */
import { Badge, Group, Text } from '@mantine/core';
import type { Schemas } from '../../api/client.js';
import { formatCalendarDate } from '../../components/prework-calendar-date.js';
import { choiceLabel } from '../../registers/declaration.js';
import { useDeclaredFields } from '../../registers/use-register.js';

type ComplianceStatus = Schemas['Obligation']['complianceStatus'];

const COMPLIANCE_STATUS_COLORS: Readonly<Record<ComplianceStatus, string>> = {
  not_assessed: 'gray',
  compliant: 'teal',
  partially_compliant: 'yellow',
  non_compliant: 'red',
};

export const ComplianceBadge = ({ status }: { status: ComplianceStatus }) => {
  const statuses = useDeclaredFields('obligations')('complianceStatus').choices;
  return (
    <Badge
      color={COMPLIANCE_STATUS_COLORS[status]}
      variant={status === 'not_assessed' ? 'outline' : 'light'}
      style={{ whiteSpace: 'nowrap' }}
    >
      {choiceLabel(statuses, status)}
    </Badge>
  );
};

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

/** "3 of 4 addressed" with a thin bar: how far the AIMS meets a party's requirements. */
import { Group, Progress, Text } from '@mantine/core';

export const RequirementsProgress = ({
  addressed,
  total,
  suffix = '',
}: {
  addressed: number;
  total: number;
  /** Words after the count, e.g. " addressed" where no column header says so. */
  suffix?: string;
}) => {
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed">
        No requirements
      </Text>
    );
  }
  const isComplete = addressed === total;
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }} fw={isComplete ? 400 : 600}>
        {addressed} of {total}
        {suffix}
      </Text>
      <Progress
        value={(addressed / total) * 100}
        color={isComplete ? 'teal' : 'orange'}
        size="sm"
        w={64}
        aria-hidden
      />
    </Group>
  );
};

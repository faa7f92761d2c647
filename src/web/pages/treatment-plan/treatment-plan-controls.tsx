/** The controls a treatment action puts in place, as badges: Annex A in colour, the organization's own in grey. */
import { Badge, Group, Text } from '@mantine/core';
import { WHOLE_BADGE } from '../risks/risk-badges.js';

export const ControlBadges = ({
  annexA,
  organization,
}: {
  annexA: readonly string[];
  organization: readonly string[];
}) => {
  const all = [
    ...annexA.map((id) => ({ id, color: 'indigo', kind: 'Annex A control' })),
    ...organization.map((id) => ({ id, color: 'gray', kind: 'Organization control' })),
  ];
  if (all.length === 0)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  return (
    <Group gap={4}>
      {all.map((control) => (
        <Badge
          key={control.id}
          variant="outline"
          color={control.color}
          styles={WHOLE_BADGE}
          title={`${control.kind} ${control.id}`}
        >
          {control.id}
        </Badge>
      ))}
    </Group>
  );
};

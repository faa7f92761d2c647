/** The AI systems an obligation applies to, as small links to their pages. */
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { orgPath } from '../../orgs/current-org.js';

interface AiSystemChipsProps {
  readonly orgId: string;
  readonly ids: readonly string[];
  readonly nameOf: (id: string) => string;
  /** Show at most this many; the rest are counted. */
  readonly max?: number;
}

export const AiSystemChips = ({ orgId, ids, nameOf, max = Infinity }: AiSystemChipsProps) => {
  if (ids.length === 0) {
    return (
      <Text size="sm" c="dimmed" aria-label="No AI system named">
        —
      </Text>
    );
  }
  const shown = ids.slice(0, max);
  const hidden = ids.slice(shown.length);
  return (
    <Group gap={4}>
      {shown.map((id) => (
        <Badge
          key={id}
          component={Link}
          to={orgPath(orgId, 'ai-systems', id)}
          variant="outline"
          color="indigo"
          style={{ cursor: 'pointer', maxWidth: 200 }}
        >
          {nameOf(id)}
        </Badge>
      ))}
      {hidden.length > 0 && (
        <Tooltip label={hidden.map(nameOf).join(', ')}>
          <Badge variant="light" color="gray" tabIndex={0}>
            +{hidden.length} more
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
};

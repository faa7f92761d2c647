/** The History of one record: its audit-trail entries, newest first, with what each changed. */
import { Code, Paper, Skeleton, Stack, Text, Timeline, Title, Tooltip } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { DateTime } from '../components/date-time.js';
import { ErrorState } from '../components/error-state.js';
import { auditLogQuery } from './audit-log-query.js';
import { actionLabel, shortHash } from './audit-labels.js';
import { ChangeDetails } from './change-details.js';
import { LoadOlderButton } from './load-older-button.js';

interface EntityHistoryProps {
  readonly orgId: string;
  readonly entityType: string;
  readonly entityId: string;
}

export const EntityHistory = ({ orgId, entityType, entityId }: EntityHistoryProps) => {
  const history = useInfiniteQuery(auditLogQuery(orgId, { entityType, entityId }));
  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="history-heading">
      <Title order={2} fz="xl" mb="sm" id="history-heading">
        History
      </Title>
      <Paper p="lg">
        {history.isPending && <Skeleton height={80} />}
        {history.isError && (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        )}
        {history.isSuccess && entries.length === 0 && (
          <Text c="dimmed" size="sm">
            No changes recorded yet.
          </Text>
        )}
        {entries.length > 0 && (
          <Stack gap="md">
            <Timeline bulletSize={14} lineWidth={2}>
              {entries.map((entry) => (
                <Timeline.Item
                  key={entry.id}
                  title={<Text fw={600}>{actionLabel(entry.action)}</Text>}
                >
                  <Text size="sm" c="dimmed" mb="xs">
                    <DateTime value={entry.at} /> · {entry.actorLabel} · entry #{entry.sequence} ·{' '}
                    <Tooltip label={`SHA-256 ${entry.hash}`}>
                      <Code tabIndex={0}>{shortHash(entry.hash)}</Code>
                    </Tooltip>
                  </Text>
                  <ChangeDetails before={entry.before} after={entry.after} />
                </Timeline.Item>
              ))}
            </Timeline>
            <LoadOlderButton pages={history} style={{ alignSelf: 'flex-start' }} />
          </Stack>
        )}
      </Paper>
    </section>
  );
};

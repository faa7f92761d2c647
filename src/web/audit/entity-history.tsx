/**
 * The History of one record: its audit-trail entries and those of its
 * versions (created, submitted, returned, approved, file attached, retired),
 * newest first, with what each changed in the words of the record's form.
 */
import {
  Anchor,
  Code,
  Paper,
  Skeleton,
  Stack,
  Text,
  Timeline,
  Title,
  Tooltip,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DateTime } from '../components/date-time.js';
import { ErrorState } from '../components/error-state.js';
import { auditLogQuery } from './audit-log-query.js';
import { actionLabel, shortHash } from './audit-labels.js';
import { ChangeDetails } from './change-details.js';
import { LoadOlderButton } from './load-older-button.js';
import { orgPath } from '../orgs/current-org.js';
import type { FieldDeclaration } from '../registers/declaration.js';
import type { ValueNames } from './change-values.js';
import { useValueNames } from './use-value-names.js';

interface EntityHistoryProps {
  readonly orgId: string;
  readonly entityType: string;
  readonly entityId: string;
  /** The record's declared fields, whose labels and choices name what changed. */
  readonly fields?: readonly FieldDeclaration[];
  /** Names of the other records the entries refer to by id. */
  readonly recordName?: ValueNames['recordName'];
}

export const EntityHistory = ({
  orgId,
  entityType,
  entityId,
  fields,
  recordName,
}: EntityHistoryProps) => {
  const history = useInfiniteQuery(
    auditLogQuery(orgId, { entityType, entityId, includeParts: true }),
  );
  const names = useValueNames(orgId, fields, recordName);
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
                  <ChangeDetails before={entry.before} after={entry.after} names={names} />
                </Timeline.Item>
              ))}
            </Timeline>
            <LoadOlderButton pages={history} style={{ alignSelf: 'flex-start' }} />
            <Anchor
              component={Link}
              to={`${orgPath(orgId, 'audit-trail')}?entityType=${encodeURIComponent(entityType)}&entityId=${encodeURIComponent(entityId)}`}
              size="sm"
            >
              Open in the audit trail
            </Anchor>
          </Stack>
        )}
      </Paper>
    </section>
  );
};

/** The organization's append-only, hash-chained audit trail, newest first. */
import { EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { auditLogQuery } from '../audit/audit-log-query.js';
import { LoadOlderButton } from '../audit/load-older-button.js';
import { ErrorState } from '../components/error-state.js';
import { PageHeader } from '../components/page-header.js';
import { usePageSearchParams } from '../components/use-page-search-params.js';
import { useCurrentOrg } from '../orgs/current-org.js';
import { AuditFilters } from './audit-trail/audit-filters.js';
import { AuditTable } from './audit-trail/audit-table.js';

export const AuditTrailPage = () => {
  const { organization } = useCurrentOrg();
  const [params, setParams] = usePageSearchParams();
  const entityType = params.get('entityType') ?? '';
  const action = params.get('action') ?? '';
  const trail = useInfiniteQuery(
    auditLogQuery(organization.id, {
      ...(entityType !== '' ? { entityType } : {}),
      ...(action !== '' ? { action } : {}),
    }),
  );
  const entries = trail.data?.pages.flatMap((page) => page.items);
  const isFiltered = entityType !== '' || action !== '';

  const change = (changes: { entityType?: string; action?: string }) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change in this organization, newest first: who did what, when, and to which record. Entries are chained by SHA-256 hashes, so a removed or altered entry breaks the chain (check it with aims verify-log)."
      />
      <Stack gap="md">
        <AuditFilters
          entityType={entityType}
          action={action}
          actionSuggestions={entries?.map((entry) => entry.action) ?? []}
          onChange={change}
        />
        {trail.isError ? (
          <ErrorState error={trail.error} onRetry={() => void trail.refetch()} />
        ) : entries?.length === 0 ? (
          <EmptyState
            title={isFiltered ? 'No matching entries' : 'No entries yet'}
            description={
              isFiltered
                ? 'No audit-trail entry matches these filters.'
                : 'Changes appear here as soon as someone makes them.'
            }
          />
        ) : (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            <AuditTable entries={entries} orgId={organization.id} />
          </Paper>
        )}
        {entries !== undefined && entries.length > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed" role="status">
              {entries.length} {entries.length === 1 ? 'entry' : 'entries'} shown
              {trail.hasNextPage ? '' : ' — the beginning of the trail'}
            </Text>
            <LoadOlderButton pages={trail} />
          </Group>
        )}
      </Stack>
    </>
  );
};

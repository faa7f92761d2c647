/**
 * The organization's append-only, hash-chained audit trail, newest first:
 * filtered on the server (action, who, days, record), exported as it is
 * filtered, and its chain verified on demand.
 */
import { Button, EmptyState, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { downloadAuditExport } from '../audit/audit-export.js';
import type { AuditExportFormat } from '../audit/audit-export.js';
import { auditLogQuery } from '../audit/audit-log-query.js';
import type { AuditFilters as AuditQueryFilters } from '../audit/audit-log-query.js';
import { LoadOlderButton } from '../audit/load-older-button.js';
import { ErrorState } from '../components/error-state.js';
import { notifyFailure } from '../components/notify.js';
import { PageHeader } from '../components/page-header.js';
import { DownloadIcon } from '../components/prework-icons.js';
import { usePageSearchParams } from '../components/use-page-search-params.js';
import { useCurrentOrg } from '../orgs/current-org.js';
import { AUDIT_FILTER_KEYS, AuditFilters } from './audit-trail/audit-filters.js';
import type { AuditFilterValues } from './audit-trail/audit-filters.js';
import { AuditTable } from './audit-trail/audit-table.js';
import {
  ChainVerificationResult,
  useChainVerification,
  VerifyChainButton,
} from './audit-trail/chain-verification.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a local calendar day starts, days later. */
const startOfDay = (day: string, daysLater = 0): string | undefined => {
  if (!DAY.test(day)) return undefined;
  const start = new Date(`${day}T00:00:00`);
  start.setDate(start.getDate() + daysLater);
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
};

const queryFiltersOf = (values: AuditFilterValues): AuditQueryFilters => {
  const from = startOfDay(values.fromDay);
  const to = startOfDay(values.toDay, 1);
  return {
    ...(values.entityType !== '' ? { entityType: values.entityType } : {}),
    ...(values.entityId !== '' ? { entityId: values.entityId, includeParts: true } : {}),
    ...(values.action !== '' ? { action: values.action } : {}),
    ...(values.actorUserId !== '' ? { actorUserId: values.actorUserId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
};

const EXPORT_FORMATS: readonly { format: AuditExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Excel workbook (.xlsx)' },
  { format: 'csv', label: 'CSV file (.csv)' },
];

export const AuditTrailPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const [params, setParams] = usePageSearchParams();
  const values = Object.fromEntries(
    AUDIT_FILTER_KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as unknown as AuditFilterValues;
  const filters = queryFiltersOf(values);
  const trail = useInfiniteQuery(auditLogQuery(orgId, filters));
  const entries = trail.data?.pages.flatMap((page) => page.items);
  const isFiltered = Object.keys(filters).length > 0;
  const verification = useChainVerification(orgId);
  const download = useMutation({
    mutationFn: (format: AuditExportFormat) => downloadAuditExport(orgId, filters, format),
    onError: (error) => notifyFailure('Could not export the audit trail', error),
  });

  const change = (changes: Partial<AuditFilterValues>) =>
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
        description="Every change in this organization, newest first: who did what, when, and to which record. Entries are chained by SHA-256 hashes keyed with the installation's secret, so a removed or altered entry breaks the chain."
        actions={
          <Group gap="sm">
            <VerifyChainButton verification={verification} />
            <Menu position="bottom-end" shadow="md" width={260}>
              <Menu.Target>
                <Button
                  variant="default"
                  leftSection={<DownloadIcon />}
                  loading={download.isPending}
                >
                  Export
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{isFiltered ? 'The entries filtered' : 'Every entry'}</Menu.Label>
                {EXPORT_FORMATS.map(({ format, label }) => (
                  <Menu.Item key={format} onClick={() => download.mutate(format)}>
                    {label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
        }
      />
      <Stack gap="md">
        <ChainVerificationResult verification={verification} />
        <AuditFilters orgId={orgId} values={values} onChange={change} />
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
            <AuditTable entries={entries} orgId={orgId} />
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

/** The versions of one AI system's assessment, newest first, each linked, and the trail of the version shown. */
import { Anchor, Paper, Skeleton, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EntityHistory } from '../../audit/entity-history.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SimpleTable } from '../../components/simple-table.js';
import { orgPath } from '../../orgs/current-org.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { IMPACT_TRIGGER_LABELS } from './impact-labels.js';
import { impactHistoryQuery } from './impact-queries.js';
import type { ImpactVersion } from './impact-queries.js';

export const ImpactVersions = ({ orgId, version }: { orgId: string; version: ImpactVersion }) => {
  const history = useQuery(impactHistoryQuery(orgId, version.aiSystemId));
  const nameOf = useMemberName(orgId);
  return (
    <Stack gap="md">
      {history.isPending && <Skeleton height={120} radius="md" />}
      {history.isError && (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      )}
      {history.data && (
        <Paper p={0} withBorder style={{ overflow: 'hidden' }}>
          <SimpleTable
            label="Versions of this assessment"
            minWidth={700}
            columns={[
              { header: 'Version', width: 90 },
              { header: 'Status', width: 130 },
              { header: 'Why' },
              { header: 'Written by' },
              { header: 'Approved by' },
              { header: 'Approved' },
            ]}
          >
            {history.data.versions.map((entry) => (
              <Table.Tr key={entry.id} {...(entry.id === version.id ? { bg: 'blue.0' } : {})}>
                <Table.Td fw={600}>
                  {entry.id === version.id ? (
                    `${entry.version} (shown)`
                  ) : (
                    <Anchor component={Link} to={orgPath(orgId, 'impact-assessments', entry.id)}>
                      Version {entry.version}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  <ScopeStatusBadge status={entry.status} />
                </Table.Td>
                <Table.Td>
                  {entry.trigger === null ? '—' : IMPACT_TRIGGER_LABELS[entry.trigger]}
                </Table.Td>
                <Table.Td>{nameOf(entry.authorUserId)}</Table.Td>
                <Table.Td>
                  {entry.approvedAt === null ? '—' : nameOf(entry.approvedByUserId)}
                </Table.Td>
                <Table.Td>
                  {entry.approvedAt === null ? '—' : <DateTime value={entry.approvedAt} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </SimpleTable>
        </Paper>
      )}
      <EntityHistory orgId={orgId} entityType="impact_assessment_version" entityId={version.id} />
    </Stack>
  );
};

/**
 * Every version of the treatment plan, newest first, each viewable as it was
 * frozen, with what it changes against the plan in force and its trail.
 */
import {
  Button,
  Modal,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EntityHistory } from '../../audit/entity-history.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { useCanReadHistory } from '../../registers/pending-permissions.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { PlanDiffList } from './treatment-plan-diff-view.js';
import { hasPlanChanges } from './treatment-plan-entries.js';
import { treatmentPlanDiffQuery, treatmentPlanVersionQuery } from './treatment-plan-queries.js';
import type { TreatmentPlanVersionSummary } from './treatment-plan-queries.js';
import { PlanSnapshotView } from './treatment-plan-snapshot.js';

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'Version', width: 90 },
  { header: 'Status', width: 130 },
  { header: 'Taken on' },
  { header: 'Written by' },
  { header: 'Approved by' },
  { header: 'Approved' },
  { header: 'Actions in plan', align: 'right' },
  { header: 'Actions', width: 90, isHeaderHidden: true },
];

const VersionDiff = ({ orgId, versionId }: { orgId: string; versionId: string }) => {
  const diff = useQuery(treatmentPlanDiffQuery(orgId, versionId));
  if (diff.isPending) return <Skeleton height={120} radius="md" />;
  if (diff.isError) return <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />;
  const { inForceVersion, version } = diff.data;
  if (inForceVersion === null)
    return (
      <Text size="sm" c="dimmed">
        No plan is in force to compare with.
      </Text>
    );
  if (inForceVersion === version)
    return (
      <Text size="sm" c="dimmed">
        This is the version in force.
      </Text>
    );
  return hasPlanChanges(diff.data) ? (
    <PlanDiffList orgId={orgId} diff={diff.data} />
  ) : (
    <Text size="sm" c="dimmed">
      Nothing differs from version {inForceVersion}, in force.
    </Text>
  );
};

type Shown = 'content' | 'changes';

const VersionDetails = ({
  orgId,
  summary,
}: {
  orgId: string;
  summary: TreatmentPlanVersionSummary;
}) => {
  const [shown, setShown] = useState<Shown>('content');
  const version = useQuery(treatmentPlanVersionQuery(orgId, summary.id));
  const canReadHistory = useCanReadHistory();
  return (
    <Stack gap="md">
      <Text component="div" size="sm">
        <ScopeStatusBadge status={summary.status} />
      </Text>
      <ApprovalVersionMeta orgId={orgId} version={summary} />
      <SegmentedControl
        w="fit-content"
        aria-label="Show"
        value={shown}
        onChange={(value) => setShown(value)}
        data={[
          { value: 'content', label: 'This version' },
          { value: 'changes', label: 'Against the plan in force' },
        ]}
      />
      {shown === 'changes' ? (
        <VersionDiff orgId={orgId} versionId={summary.id} />
      ) : version.isPending ? (
        <Skeleton height={240} radius="md" />
      ) : version.isError ? (
        <ErrorState error={version.error} onRetry={() => void version.refetch()} />
      ) : (
        <PlanSnapshotView
          orgId={orgId}
          snapshot={version.data.snapshot}
          label={`Treatment plan, version ${summary.version}`}
        />
      )}
      {canReadHistory && (
        <EntityHistory
          orgId={orgId}
          entityType="risk_treatment_plan_version"
          entityId={summary.id}
        />
      )}
    </Stack>
  );
};

export const TreatmentPlanHistory = ({
  orgId,
  versions,
}: {
  orgId: string;
  versions: readonly TreatmentPlanVersionSummary[];
}) => {
  const nameOf = useMemberName(orgId);
  const [shown, setShown] = useState<TreatmentPlanVersionSummary | null>(null);
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        <SimpleTable label="Treatment plan versions" minWidth={820} columns={COLUMNS}>
          {sorted.map((version) => (
            <Table.Tr key={version.id}>
              <Table.Td fw={600}>{version.version}</Table.Td>
              <Table.Td>
                <ScopeStatusBadge status={version.status} />
              </Table.Td>
              <Table.Td>
                <CalendarDate value={version.asOf} />
              </Table.Td>
              <Table.Td>{nameOf(version.authorUserId)}</Table.Td>
              <Table.Td>
                {version.approvedAt === null ? '—' : nameOf(version.approvedByUserId)}
              </Table.Td>
              <Table.Td>
                {version.approvedAt === null ? '—' : <DateTime value={version.approvedAt} />}
              </Table.Td>
              <Table.Td ta="right">{version.summary.actions}</Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="xs"
                  aria-label={`View version ${version.version}`}
                  onClick={() => setShown(version)}
                >
                  View
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </SimpleTable>
      </Paper>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={shown ? `AI risk treatment plan, version ${shown.version}` : ''}
        size="xl"
      >
        {shown && <VersionDetails key={shown.id} orgId={orgId} summary={shown} />}
      </Modal>
    </>
  );
};

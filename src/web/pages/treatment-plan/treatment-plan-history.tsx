/**
 * Every version of the treatment plan, newest first, each viewable as it was
 * frozen, with what it changes against the plan in force and its trail.
 */
import { SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EntityHistory } from '../../audit/entity-history.js';
import { ApprovalVersionHistory } from '../../components/approval-version-history.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ErrorState } from '../../components/error-state.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useCanReadHistory } from '../../registers/pending-permissions.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { PlanDiffList } from './treatment-plan-diff-view.js';
import { hasPlanChanges } from './treatment-plan-entries.js';
import { treatmentPlanDiffQuery, treatmentPlanVersionQuery } from './treatment-plan-queries.js';
import type { TreatmentPlanVersionSummary } from './treatment-plan-queries.js';
import { PlanSnapshotView } from './treatment-plan-snapshot.js';

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
}) => (
  <ApprovalVersionHistory
    orgId={orgId}
    versions={versions}
    label="Treatment plan versions"
    minWidth={820}
    titleOf={(version) => `AI risk treatment plan, version ${version.version}`}
    columns={[
      { header: 'Taken on', first: true, cell: (version) => <CalendarDate value={version.asOf} /> },
      {
        header: 'Actions in plan',
        align: 'right',
        cell: (version) => version.summary.actions,
      },
    ]}
  >
    {(shown) => <VersionDetails key={shown.id} orgId={orgId} summary={shown} />}
  </ApprovalVersionHistory>
);

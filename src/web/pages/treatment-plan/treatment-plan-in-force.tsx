/**
 * The treatment plan in force: what changed in the risk register since it
 * was approved (with the way to a new version), then the version itself with
 * who approved it and when, and its frozen snapshot.
 */
import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ErrorState } from '../../components/error-state.js';
import { VersionPanel } from '../../components/version-panel.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { PlanDiffList } from './treatment-plan-diff-view.js';
import { hasPlanChanges, planChangeCounts } from './treatment-plan-entries.js';
import { treatmentPlanVersionQuery } from './treatment-plan-queries.js';
import type { TreatmentPlanDiff, TreatmentPlanVersionSummary } from './treatment-plan-queries.js';
import { PlanSnapshotView } from './treatment-plan-snapshot.js';

/** The alert over the plan in force when the register has moved on since its approval. */
export const ChangedSinceApproval = ({
  orgId,
  approved,
  diff,
  hasOpenVersion,
  onStartVersion,
  isStarting,
}: {
  orgId: string;
  approved: TreatmentPlanVersionSummary;
  diff: TreatmentPlanDiff | null;
  hasOpenVersion: boolean;
  /** Present when the user may open a new version now. */
  onStartVersion: (() => void) | undefined;
  isStarting: boolean;
}) => {
  if (diff === null || !hasPlanChanges(diff)) return null;
  return (
    <Alert color="orange" variant="light" title="The plan changed since it was approved">
      <Stack gap="sm">
        <Text size="sm">
          The treatment actions in the risk register differ from version {approved.version}, in
          force ({planChangeCounts(diff)}).{' '}
          {hasOpenVersion
            ? 'A new version is already open: refresh it to take these changes in, then have it approved.'
            : 'Take a new version of the plan and have it approved, so that the plan in force says what is being done.'}
        </Text>
        <PlanDiffList orgId={orgId} diff={diff} />
        {onStartVersion && (
          <Button
            color="orange"
            variant="light"
            w="fit-content"
            onClick={onStartVersion}
            loading={isStarting}
          >
            Start a new version
          </Button>
        )}
      </Stack>
    </Alert>
  );
};

export const TreatmentPlanInForce = ({
  orgId,
  approved,
}: {
  orgId: string;
  approved: TreatmentPlanVersionSummary;
}) => {
  const version = useQuery(treatmentPlanVersionQuery(orgId, approved.id));
  return (
    <VersionPanel
      version={approved.version}
      status={<ScopeStatusBadge status={approved.status} />}
      meta={<ApprovalVersionMeta orgId={orgId} version={approved} />}
    >
      {version.isPending && <Skeleton height={280} radius="md" />}
      {version.isError && (
        <ErrorState error={version.error} onRetry={() => void version.refetch()} />
      )}
      {version.data && (
        <PlanSnapshotView
          orgId={orgId}
          snapshot={version.data.snapshot}
          label={`Treatment plan, version ${approved.version}`}
        />
      )}
    </VersionPanel>
  );
};

/**
 * The open version of the treatment plan (a draft, or a version in review):
 * its frozen snapshot, what it changes against the plan in force, and the
 * workflow buttons the API offers now — take the snapshot again, submit,
 * return, approve, discard. The latest return comment shows on the draft.
 */
import { Button, Group, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ApprovalProblemAlert,
  ApproveVersionButton,
  DiscardDraftButton,
  ReturnedNote,
  VersionOrChanges,
  approvalProblemOf,
} from '../../components/approval-draft-kit.js';
import type { ApprovalProblem, ShownPart } from '../../components/approval-draft-kit.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ErrorState } from '../../components/error-state.js';
import { notifySuccess } from '../../components/notify.js';
import { ReturnToDraftButton } from '../../components/return-to-draft-button.js';
import { VersionPanel } from '../../components/version-panel.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { PlanDiffList } from './treatment-plan-diff-view.js';
import { hasPlanChanges } from './treatment-plan-entries.js';
import {
  treatmentPlanDiffQuery,
  treatmentPlanVersionQuery,
  useDiscardTreatmentPlanDraft,
  useTreatmentPlanStep,
} from './treatment-plan-queries.js';
import type { TreatmentPlanAction, TreatmentPlanVersionSummary } from './treatment-plan-queries.js';
import { PlanSnapshotView } from './treatment-plan-snapshot.js';

const WROTE = {
  title: 'You created or refreshed this version',
  whatStaysApart: 'taking the plan and signing it off',
};

const DraftDiff = ({ orgId, versionId }: { orgId: string; versionId: string }) => {
  const diff = useQuery(treatmentPlanDiffQuery(orgId, versionId));
  if (diff.isPending) return <Skeleton height={160} radius="md" />;
  if (diff.isError) return <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />;
  const { inForceVersion } = diff.data;
  if (inForceVersion === null)
    return (
      <Text size="sm" c="dimmed">
        No plan is in force yet: every action in this version is new.
      </Text>
    );
  if (!hasPlanChanges(diff.data))
    return (
      <Text size="sm" c="dimmed">
        Nothing differs from version {inForceVersion}, in force.
      </Text>
    );
  return <PlanDiffList orgId={orgId} diff={diff.data} />;
};

const DraftContent = ({ orgId, draft }: { orgId: string; draft: TreatmentPlanVersionSummary }) => {
  const version = useQuery(treatmentPlanVersionQuery(orgId, draft.id));
  if (version.isPending) return <Skeleton height={280} radius="md" />;
  if (version.isError)
    return <ErrorState error={version.error} onRetry={() => void version.refetch()} />;
  return (
    <PlanSnapshotView
      orgId={orgId}
      snapshot={version.data.snapshot}
      label={`Treatment plan, version ${draft.version}`}
    />
  );
};

export const TreatmentPlanDraftPanel = ({
  orgId,
  draft,
  previous,
  onApproved,
}: {
  orgId: string;
  draft: TreatmentPlanVersionSummary;
  previous: TreatmentPlanVersionSummary | null;
  onApproved: () => void;
}) => {
  const [problem, setProblem] = useState<ApprovalProblem | null>(null);
  const [shown, setShown] = useState<ShownPart>('content');
  const step = useTreatmentPlanStep(orgId, draft.id);
  const discard = useDiscardTreatmentPlanDraft(orgId, draft.id);
  const can = (action: TreatmentPlanAction) => draft.availableActions.includes(action);

  const run = (action: 'refresh' | 'submit' | 'approve', done: (version: number) => void) => {
    setProblem(null);
    step.mutate(
      { action },
      {
        onSuccess: (version) => done(version.version),
        onError: (error) => setProblem(approvalProblemOf(error, WROTE)),
      },
    );
  };

  return (
    <VersionPanel
      version={draft.version}
      status={<ScopeStatusBadge status={draft.status} />}
      meta={<ApprovalVersionMeta orgId={orgId} version={draft} />}
      actions={
        <Group gap="sm">
          {can('discard') && (
            <DiscardDraftButton
              record="the treatment plan"
              versionNumber={draft.version}
              previousVersion={previous?.version ?? null}
              discard={discard}
            />
          )}
          {can('refresh') && (
            <Button
              variant="default"
              loading={step.isPending}
              onClick={() =>
                run('refresh', (version) =>
                  notifySuccess(
                    `Version ${version} now holds the plan as the risk register stands today.`,
                  ),
                )
              }
            >
              Refresh from the register
            </Button>
          )}
          {can('submit') && (
            <Button
              loading={step.isPending}
              onClick={() =>
                run('submit', (version) =>
                  notifySuccess(`Version ${version} of the treatment plan was sent for review.`),
                )
              }
            >
              Submit for review
            </Button>
          )}
          {can('return') && (
            <ReturnToDraftButton
              versionNumber={draft.version}
              loading={step.isPending}
              onReturn={(comment) => step.mutateAsync({ action: 'return', comment })}
            />
          )}
          {can('approve') && (
            <ApproveVersionButton
              record="the treatment plan"
              versionNumber={draft.version}
              previousVersion={previous?.version ?? null}
              effect="It becomes the plan in force."
              loading={step.isPending}
              onConfirm={() =>
                run('approve', (version) => {
                  notifySuccess(
                    `Version ${version} of the treatment plan is approved and in force.`,
                  );
                  onApproved();
                })
              }
            />
          )}
        </Group>
      }
    >
      <ReturnedNote orgId={orgId} status={draft.status} lastReturn={draft.lastReturn} />
      <ApprovalProblemAlert problem={problem} />
      {draft.status === 'draft' && (
        <Text size="sm" c="dimmed">
          The draft holds the plan as the risk register stood on the day it was taken. Refresh it to
          take in later changes to treatment actions; whoever refreshes it cannot approve it.
        </Text>
      )}
      <VersionOrChanges
        value={shown}
        onChange={setShown}
        previousVersion={previous?.version ?? null}
      />
      {shown === 'changes' ? (
        <DraftDiff orgId={orgId} versionId={draft.id} />
      ) : (
        <DraftContent orgId={orgId} draft={draft} />
      )}
    </VersionPanel>
  );
};

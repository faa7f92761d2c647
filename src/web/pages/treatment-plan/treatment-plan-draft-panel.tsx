/**
 * The open version of the treatment plan (a draft, or a version in review):
 * its frozen snapshot, what it changes against the plan in force, and the
 * workflow buttons the API offers now — take the snapshot again, submit,
 * return, approve, discard. The latest return comment shows on the draft.
 */
import { Alert, Button, Group, SegmentedControl, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/client.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { ConfirmActionButton } from '../../components/prework-confirm-action.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
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

interface Problem {
  readonly title: string;
  readonly message: string;
}

const problemOf = (error: unknown): Problem =>
  error instanceof ApiError && error.code === 'APPROVAL_BY_EDITOR'
    ? {
        title: 'You created or refreshed this version',
        message: `${error.message.replace(/\.$/, '')}. Another member with the approver role must approve it, so that taking the plan and signing it off stay with different people.`,
      }
    : { title: 'Not done', message: messageOf(error) };

const ReturnedNote = ({ orgId, draft }: { orgId: string; draft: TreatmentPlanVersionSummary }) => {
  const nameOf = useMemberName(orgId);
  const last = draft.lastReturn;
  if (draft.status !== 'draft' || last === null) return null;
  return (
    <Alert color="yellow" variant="light" title="Returned for changes">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {last.comment}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {nameOf(last.returnedByUserId)}, <DateTime value={last.returnedAt} />
      </Text>
    </Alert>
  );
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

type Shown = 'content' | 'changes';

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
  const [problem, setProblem] = useState<Problem | null>(null);
  const [shown, setShown] = useState<Shown>('content');
  const step = useTreatmentPlanStep(orgId, draft.id);
  const discard = useDiscardTreatmentPlanDraft(orgId, draft.id);
  const can = (action: TreatmentPlanAction) => draft.availableActions.includes(action);

  const run = (action: 'refresh' | 'submit' | 'approve', done: (version: number) => void) => {
    setProblem(null);
    step.mutate(
      { action },
      {
        onSuccess: (version) => done(version.version),
        onError: (error) => setProblem(problemOf(error)),
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
            <ConfirmButton
              title="Discard the draft"
              message={`Draft version ${draft.version} of the treatment plan will be deleted. ${previous ? `Version ${previous.version} stays in force.` : ''}`}
              confirmLabel="Discard draft"
              loading={discard.isPending}
              onConfirm={() =>
                discard.mutate(undefined, {
                  onSuccess: () => notifySuccess('The draft of the treatment plan was discarded.'),
                  onError: (error) => notifyFailure('Could not discard the draft', error),
                })
              }
            >
              Discard draft
            </ConfirmButton>
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
            <ConfirmActionButton
              color="teal"
              title={`Approve version ${draft.version} of the treatment plan`}
              message={
                previous
                  ? `It becomes the plan in force and supersedes version ${previous.version}. The approval is recorded with your name.`
                  : 'It becomes the plan in force. The approval is recorded with your name.'
              }
              confirmLabel="Approve"
              loading={step.isPending}
              onConfirm={() =>
                run('approve', (version) => {
                  notifySuccess(
                    `Version ${version} of the treatment plan is approved and in force.`,
                  );
                  onApproved();
                })
              }
            >
              Approve
            </ConfirmActionButton>
          )}
        </Group>
      }
    >
      <ReturnedNote orgId={orgId} draft={draft} />
      {problem && (
        <Alert color="red" variant="light" role="alert" title={problem.title}>
          {problem.message}
        </Alert>
      )}
      {draft.status === 'draft' && (
        <Text size="sm" c="dimmed">
          The draft holds the plan as the risk register stood on the day it was taken. Refresh it to
          take in later changes to treatment actions; whoever refreshes it cannot approve it.
        </Text>
      )}
      <SegmentedControl
        w="fit-content"
        aria-label="Show"
        value={shown}
        onChange={(value) => setShown(value)}
        data={[
          { value: 'content', label: 'This version' },
          {
            value: 'changes',
            label: previous ? `Changes against version ${previous.version}` : 'Changes',
          },
        ]}
      />
      {shown === 'changes' ? (
        <DraftDiff orgId={orgId} versionId={draft.id} />
      ) : (
        <DraftContent orgId={orgId} draft={draft} />
      )}
    </VersionPanel>
  );
};

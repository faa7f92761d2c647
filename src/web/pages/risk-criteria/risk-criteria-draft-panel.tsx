/**
 * The open version of the risk criteria (a draft, or a version in review):
 * read it, edit it, compare it with the version in force, and the workflow
 * buttons the API offers now. The latest return comment shows on the draft.
 */
import { Alert, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/client.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { DateTime } from '../../components/date-time.js';
import { ConfirmActionButton } from '../../components/prework-confirm-action.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { ReturnToDraftButton } from '../../components/return-to-draft-button.js';
import { VersionPanel } from '../../components/version-panel.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { RiskCriteriaDiffView } from './risk-criteria-diff-view.js';
import { RiskCriteriaEditor } from './risk-criteria-editor.js';
import { useDiscardRiskCriteriaDraft, useRiskCriteriaStep } from './risk-criteria-queries.js';
import type { RiskCriteriaAction, RiskCriteriaVersion } from './risk-criteria-queries.js';
import { RiskCriteriaView } from './risk-criteria-view.js';

interface Problem {
  readonly title: string;
  readonly message: string;
}

const problemOf = (error: unknown): Problem =>
  error instanceof ApiError && error.code === 'APPROVAL_BY_EDITOR'
    ? {
        title: 'You wrote this draft',
        message: `${error.message.replace(/\.$/, '')}. Another member with the approver role must approve it, so that writing and signing off stay with different people.`,
      }
    : { title: 'Not done', message: messageOf(error) };

const ReturnedNote = ({ orgId, draft }: { orgId: string; draft: RiskCriteriaVersion }) => {
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

interface RiskCriteriaDraftPanelProps {
  readonly orgId: string;
  readonly draft: RiskCriteriaVersion;
  readonly previous: RiskCriteriaVersion | null;
  readonly editing: boolean;
  readonly onEditingChange: (editing: boolean) => void;
  readonly onApproved: () => void;
}

type Shown = 'content' | 'changes';

export const RiskCriteriaDraftPanel = ({
  orgId,
  draft,
  previous,
  editing,
  onEditingChange,
  onApproved,
}: RiskCriteriaDraftPanelProps) => {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [shown, setShown] = useState<Shown>('content');
  const step = useRiskCriteriaStep(orgId, draft.id);
  const discard = useDiscardRiskCriteriaDraft(orgId, draft.id);
  const can = (action: RiskCriteriaAction) => draft.availableActions.includes(action);

  const onSubmit = () => {
    setProblem(null);
    step.mutate(
      { action: 'submit' },
      {
        onSuccess: (submitted) =>
          notifySuccess(`Version ${submitted.version} of the risk criteria was sent for review.`),
        onError: (error) => setProblem(problemOf(error)),
      },
    );
  };

  const onApprove = () => {
    setProblem(null);
    step.mutate(
      { action: 'approve' },
      {
        onSuccess: (approved) => {
          notifySuccess(
            `Version ${approved.version} of the risk criteria is approved and in force.`,
          );
          onApproved();
        },
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
        !editing && (
          <Group gap="sm">
            {can('edit') && (
              <Button variant="default" onClick={() => onEditingChange(true)}>
                Edit draft
              </Button>
            )}
            {can('discard') && (
              <ConfirmButton
                title="Discard the draft"
                message={`Draft version ${draft.version} and its changes will be deleted. ${previous ? `Version ${previous.version} stays in force.` : ''}`}
                confirmLabel="Discard draft"
                loading={discard.isPending}
                onConfirm={() =>
                  discard.mutate(undefined, {
                    onSuccess: () => notifySuccess('The draft of the risk criteria was discarded.'),
                    onError: (error) => notifyFailure('Could not discard the draft', error),
                  })
                }
              >
                Discard draft
              </ConfirmButton>
            )}
            {can('submit') && (
              <Button onClick={onSubmit} loading={step.isPending}>
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
                title={`Approve version ${draft.version} of the risk criteria`}
                message={
                  previous
                    ? `Risks are scored with it from now on, and it supersedes version ${previous.version}. The approval is recorded with your name.`
                    : 'Risks are scored with it from now on. The approval is recorded with your name.'
                }
                confirmLabel="Approve"
                loading={step.isPending}
                onConfirm={onApprove}
              >
                Approve
              </ConfirmActionButton>
            )}
          </Group>
        )
      }
    >
      <ReturnedNote orgId={orgId} draft={draft} />
      {problem && (
        <Alert color="red" variant="light" role="alert" title={problem.title}>
          {problem.message}
        </Alert>
      )}
      {editing ? (
        <RiskCriteriaEditor
          orgId={orgId}
          draft={draft}
          onDone={() => {
            setProblem(null);
            onEditingChange(false);
          }}
        />
      ) : (
        <>
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
            <RiskCriteriaDiffView orgId={orgId} versionId={draft.id} />
          ) : (
            <RiskCriteriaView criteria={draft.criteria} />
          )}
        </>
      )}
    </VersionPanel>
  );
};

/**
 * The open version (a draft, or a version in review): read it, edit it,
 * compare it with the version in force, and the workflow buttons the API
 * offers now (edit, discard, submit, return, approve). What submission finds
 * missing shows at each part; the latest return comment shows on the draft.
 */
import { Alert, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/client.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { DateTime } from '../../components/date-time.js';
import { ConfirmActionButton } from '../../components/prework-confirm-action.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { ReturnToDraftButton } from '../../components/return-to-draft-button.js';
import { VersionPanel } from '../../components/version-panel.js';
import { ScopeDiffView } from './scope-diff-view.js';
import { ScopeEditor } from './scope-editor.js';
import { scopeIssueTexts } from './scope-form-values.js';
import { useDiscardScopeDraft, useScopeStep } from './scope-queries.js';
import type { ScopeAction, ScopeVersion } from './scope-queries.js';
import { ScopeStatusBadge } from './scope-status-badge.js';
import { ScopeVersionMeta } from './scope-version-meta.js';
import { ScopeVersionView } from './scope-version-view.js';

interface ApprovalProblem {
  readonly title: string;
  readonly message: string;
  readonly issues: Record<string, string>;
}

const problemOf = (error: unknown): ApprovalProblem => {
  if (error instanceof ApiError && error.code === 'APPROVAL_BY_EDITOR') {
    return {
      title: 'You wrote this draft',
      message: `${error.message.replace(/\.$/, '')}. Another member with the approver role must approve it, so that writing and signing off stay with different people.`,
      issues: {},
    };
  }
  if (error instanceof ApiError && error.code === 'SCOPE_INCOMPLETE') {
    return {
      title: 'This draft cannot be submitted yet',
      message: 'Complete the parts marked below, then submit it for review again.',
      issues: scopeIssueTexts(error),
    };
  }
  return { title: 'Not done', message: messageOf(error), issues: {} };
};

interface ScopeDraftPanelProps {
  readonly orgId: string;
  readonly draft: ScopeVersion;
  readonly previous: ScopeVersion | null;
  readonly editing: boolean;
  readonly onEditingChange: (editing: boolean) => void;
  readonly onApproved: () => void;
}

const ReturnedNote = ({ orgId, draft }: { orgId: string; draft: ScopeVersion }) => {
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

type Shown = 'content' | 'changes';

export const ScopeDraftPanel = ({
  orgId,
  draft,
  previous,
  editing,
  onEditingChange,
  onApproved,
}: ScopeDraftPanelProps) => {
  const [problem, setProblem] = useState<ApprovalProblem | null>(null);
  const [shown, setShown] = useState<Shown>('content');
  const step = useScopeStep(orgId, draft.id);
  const discard = useDiscardScopeDraft(orgId, draft.id);
  const can = (action: ScopeAction) => draft.availableActions.includes(action);

  const onSubmit = () => {
    setProblem(null);
    step.mutate(
      { action: 'submit' },
      {
        onSuccess: (submitted) =>
          notifySuccess(`Version ${submitted.version} of the AIMS scope was sent for review.`),
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
          notifySuccess(`Version ${approved.version} of the AIMS scope is approved and in force.`);
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
      meta={<ScopeVersionMeta orgId={orgId} version={draft} />}
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
                    onSuccess: () => notifySuccess('The draft of the scope was discarded.'),
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
                title={`Approve version ${draft.version} of the AIMS scope`}
                message={
                  previous
                    ? `It becomes the scope in force and supersedes version ${previous.version}. The approval is recorded with your name.`
                    : 'It becomes the scope in force. The approval is recorded with your name.'
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
        <ScopeEditor
          orgId={orgId}
          draft={draft}
          initialErrors={problem?.issues ?? {}}
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
            onChange={setShown}
            data={[
              { value: 'content', label: 'This version' },
              {
                value: 'changes',
                label: previous ? `Changes against version ${previous.version}` : 'Changes',
              },
            ]}
          />
          {shown === 'changes' ? (
            <ScopeDiffView orgId={orgId} versionId={draft.id} />
          ) : (
            <ScopeVersionView orgId={orgId} version={draft} issues={problem?.issues ?? {}} />
          )}
        </>
      )}
    </VersionPanel>
  );
};

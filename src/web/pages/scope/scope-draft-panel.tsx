/**
 * The open version (a draft, or a version in review): read it, edit it,
 * compare it with the version in force, and the workflow buttons the API
 * offers now (edit, discard, submit, return, approve). What submission finds
 * missing shows at each part; the latest return comment shows on the draft.
 */
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import {
  ApprovalProblemAlert,
  ApproveVersionButton,
  DiscardDraftButton,
  ReturnedNote,
  VersionOrChanges,
  approvalProblemOf,
} from '../../components/approval-draft-kit.js';
import type { ApprovalProblem, ShownPart } from '../../components/approval-draft-kit.js';
import { notifySuccess } from '../../components/notify.js';
import { ReturnToDraftButton } from '../../components/return-to-draft-button.js';
import { VersionPanel } from '../../components/version-panel.js';
import { ScopeDiffView } from './scope-diff-view.js';
import { ScopeEditor } from './scope-editor.js';
import { scopeIssueTexts } from './scope-form-values.js';
import { useDiscardScopeDraft, useScopeStep } from './scope-queries.js';
import type { ScopeAction, ScopeVersion } from './scope-queries.js';
import { ScopeStatusBadge } from './scope-status-badge.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ScopeVersionView } from './scope-version-view.js';

interface ScopeProblem extends ApprovalProblem {
  readonly issues: Record<string, string>;
}

const problemOf = (error: unknown): ScopeProblem => {
  if (error instanceof ApiError && error.code === 'SCOPE_INCOMPLETE') {
    return {
      title: 'This draft cannot be submitted yet',
      message: 'Complete the parts marked below, then submit it for review again.',
      issues: scopeIssueTexts(error),
    };
  }
  return { ...approvalProblemOf(error), issues: {} };
};

interface ScopeDraftPanelProps {
  readonly orgId: string;
  readonly draft: ScopeVersion;
  readonly previous: ScopeVersion | null;
  readonly editing: boolean;
  readonly onEditingChange: (editing: boolean) => void;
  readonly onApproved: () => void;
}

export const ScopeDraftPanel = ({
  orgId,
  draft,
  previous,
  editing,
  onEditingChange,
  onApproved,
}: ScopeDraftPanelProps) => {
  const [problem, setProblem] = useState<ScopeProblem | null>(null);
  const [shown, setShown] = useState<ShownPart>('content');
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
              <DiscardDraftButton
                record="the AIMS scope"
                versionNumber={draft.version}
                previousVersion={previous?.version ?? null}
                discard={discard}
              />
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
              <ApproveVersionButton
                record="the AIMS scope"
                versionNumber={draft.version}
                previousVersion={previous?.version ?? null}
                effect="It becomes the scope in force."
                loading={step.isPending}
                onConfirm={onApprove}
              />
            )}
          </Group>
        )
      }
    >
      <ReturnedNote orgId={orgId} status={draft.status} lastReturn={draft.lastReturn} />
      <ApprovalProblemAlert problem={problem} />
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
          <VersionOrChanges
            value={shown}
            onChange={setShown}
            previousVersion={previous?.version ?? null}
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

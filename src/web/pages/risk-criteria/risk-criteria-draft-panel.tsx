/**
 * The open version of the risk criteria (a draft, or a version in review):
 * read it, edit it, compare it with the version in force, and the workflow
 * buttons the API offers now. The latest return comment shows on the draft.
 */
import { Button, Group } from '@mantine/core';
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
import { notifySuccess } from '../../components/notify.js';
import { ReturnToDraftButton } from '../../components/return-to-draft-button.js';
import { VersionPanel } from '../../components/version-panel.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { RiskCriteriaDiffView } from './risk-criteria-diff-view.js';
import { RiskCriteriaEditor } from './risk-criteria-editor.js';
import { useDiscardRiskCriteriaDraft, useRiskCriteriaStep } from './risk-criteria-queries.js';
import type { RiskCriteriaAction, RiskCriteriaVersion } from './risk-criteria-queries.js';
import { RiskCriteriaView } from './risk-criteria-view.js';

interface RiskCriteriaDraftPanelProps {
  readonly orgId: string;
  readonly draft: RiskCriteriaVersion;
  readonly previous: RiskCriteriaVersion | null;
  readonly editing: boolean;
  readonly onEditingChange: (editing: boolean) => void;
  readonly onApproved: () => void;
}

export const RiskCriteriaDraftPanel = ({
  orgId,
  draft,
  previous,
  editing,
  onEditingChange,
  onApproved,
}: RiskCriteriaDraftPanelProps) => {
  const [problem, setProblem] = useState<ApprovalProblem | null>(null);
  const [shown, setShown] = useState<ShownPart>('content');
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
        onError: (error) => setProblem(approvalProblemOf(error)),
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
        onError: (error) => setProblem(approvalProblemOf(error)),
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
                record="the risk criteria"
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
                record="the risk criteria"
                versionNumber={draft.version}
                previousVersion={previous?.version ?? null}
                effect="Risks are scored with it from now on."
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
          <VersionOrChanges
            value={shown}
            onChange={setShown}
            previousVersion={previous?.version ?? null}
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

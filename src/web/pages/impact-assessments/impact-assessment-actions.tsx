/** The workflow buttons the API offers on an impact assessment version now: discard, submit, return, approve, revise. */
import { Button, Group } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '../../components/confirm-button.js';
import { ConfirmActionButton } from '../../components/prework-confirm-action.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { ReturnToDraftButton } from '../../components/return-to-draft-button.js';
import { orgPath } from '../../orgs/current-org.js';
import {
  useDiscardImpactDraft,
  useImpactStep,
  useStartImpactAssessment,
} from './impact-queries.js';
import type { ImpactAction, ImpactVersion } from './impact-queries.js';

interface ImpactAssessmentActionsProps {
  readonly orgId: string;
  readonly version: ImpactVersion;
  readonly onProblem: (error: unknown) => void;
}

export const ImpactAssessmentActions = ({
  orgId,
  version,
  onProblem,
}: ImpactAssessmentActionsProps) => {
  const navigate = useNavigate();
  const step = useImpactStep(orgId, version.id);
  const discard = useDiscardImpactDraft(orgId, version.id);
  const revise = useStartImpactAssessment(orgId);
  const can = (action: ImpactAction) => version.availableActions.includes(action);
  const name = version.aiSystemName;

  const run = (action: 'submit' | 'approve', done: string) => {
    onProblem(null);
    step.mutate(
      { action },
      { onSuccess: () => notifySuccess(done), onError: (error) => onProblem(error) },
    );
  };

  return (
    <Group gap="sm">
      {can('discard') && (
        <ConfirmButton
          title="Discard the draft"
          message={`Draft version ${version.version} of the impact assessment of ${name} will be deleted.`}
          confirmLabel="Discard draft"
          loading={discard.isPending}
          onConfirm={() =>
            discard.mutate(undefined, {
              onSuccess: () => {
                notifySuccess('The draft of the impact assessment was discarded.');
                void navigate(orgPath(orgId, 'impact-assessments'));
              },
              onError: (error) => notifyFailure('Could not discard the draft', error),
            })
          }
        >
          Discard draft
        </ConfirmButton>
      )}
      {can('submit') && (
        <Button
          onClick={() =>
            run(
              'submit',
              `Version ${version.version} of the impact assessment was sent for review.`,
            )
          }
          loading={step.isPending}
        >
          Submit for review
        </Button>
      )}
      {can('return') && (
        <ReturnToDraftButton
          versionNumber={version.version}
          loading={step.isPending}
          onReturn={(comment) => step.mutateAsync({ action: 'return', comment })}
        />
      )}
      {can('approve') && (
        <ConfirmActionButton
          color="teal"
          title={`Approve version ${version.version} of the impact assessment`}
          message={`It becomes the assessment in force for ${name}, superseding any approved before it. The approval is recorded with your name.`}
          confirmLabel="Approve"
          loading={step.isPending}
          onConfirm={() =>
            run('approve', `Version ${version.version} of the impact assessment is approved.`)
          }
        >
          Approve
        </ConfirmActionButton>
      )}
      {can('revise') && (
        <Button
          variant="default"
          loading={revise.isPending}
          onClick={() =>
            revise.mutate(version.aiSystemId, {
              onSuccess: (created) =>
                void navigate(orgPath(orgId, 'impact-assessments', created.id)),
              onError: (error) => notifyFailure('Could not open a new version', error),
            })
          }
        >
          Start a new version
        </Button>
      )}
    </Group>
  );
};

/**
 * The open draft: read it, or edit it, and the buttons the API offers now
 * (edit, approve, discard). What approval finds missing shows at each part.
 */
import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/client.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { ConfirmActionButton } from '../../components/prework-confirm-action.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { ScopeEditor } from './scope-editor.js';
import { scopeIssueTexts } from './scope-form-values.js';
import { useApproveScope, useDiscardScopeDraft, type ScopeVersion } from './scope-queries.js';
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
      title: 'This draft cannot be approved yet',
      message: 'Complete the parts marked below, then approve again.',
      issues: scopeIssueTexts(error),
    };
  }
  return { title: 'Not approved', message: messageOf(error), issues: {} };
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
  const [problem, setProblem] = useState<ApprovalProblem | null>(null);
  const approve = useApproveScope(orgId, draft.id);
  const discard = useDiscardScopeDraft(orgId, draft.id);
  const can = (action: ScopeVersion['availableActions'][number]) =>
    draft.availableActions.includes(action);

  const onApprove = () => {
    setProblem(null);
    approve.mutate(undefined, {
      onSuccess: (approved) => {
        notifySuccess(`Version ${approved.version} of the AIMS scope is approved and in force.`);
        onApproved();
      },
      onError: (error) => setProblem(problemOf(error)),
    });
  };

  return (
    <Paper p="lg" component="section" aria-labelledby="scope-draft-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} fz="xl" id="scope-draft-heading">
                Version {draft.version}
              </Title>
              <ScopeStatusBadge status={draft.status} />
            </Group>
            <ScopeVersionMeta orgId={orgId} version={draft} />
          </Stack>
          {!editing && (
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
                  loading={approve.isPending}
                  onConfirm={onApprove}
                >
                  Approve
                </ConfirmActionButton>
              )}
            </Group>
          )}
        </Group>
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
          <ScopeVersionView orgId={orgId} version={draft} issues={problem?.issues ?? {}} />
        )}
      </Stack>
    </Paper>
  );
};

/**
 * The version being written or reviewed: its text (an editor while it is a
 * draft the user may edit), its file, and exactly the workflow buttons the
 * API offers now: send for approval, approve, return to draft.
 */
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/client.js';
import { DateTime } from '../../components/date-time.js';
import { ConfirmActionButton } from '../../components/prework-confirm-action.js';
import { notifySuccess } from '../../components/notify.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { VersionPanel } from '../../components/version-panel.js';
import { VersionStatusBadge } from './document-badges.js';
import { useVersionStep } from './document-queries.js';
import type { DocumentDetail, DocumentVersion, VersionAction } from './document-queries.js';
import { DraftEditor } from './draft-editor.js';
import { MarkdownView } from './markdown-view.js';
import { ReturnVersionButton } from './return-version-button.js';
import { VersionFile } from './version-file.js';
import { ChangeNote } from './change-note.js';

interface Problem {
  readonly title: string;
  readonly message: string;
}

const problemOf = (error: unknown): Problem => {
  const message = messageOf(error).replace(/\.$/, '');
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'APPROVAL_BY_EDITOR':
        return {
          title: 'You wrote or changed this version',
          message: `${message}. Another member with the approver role must approve it.`,
        };
      case 'DOCUMENT_VERSION_INCOMPLETE':
        return { title: 'Not ready for approval', message: `${message}.` };
      case 'APPROVAL_INVALID_TRANSITION':
      case 'APPROVAL_STALE':
        return { title: 'Someone moved this version on', message: `${message}.` };
    }
  }
  return { title: 'That did not work', message: `${message}.` };
};

const ReadOnlyText = ({ version }: { version: DocumentVersion }) => (
  <Stack gap="sm">
    <ChangeNote note={version.changeNote} />
    <Paper p="lg" withBorder>
      {version.bodyMarkdown.trim() === '' ? (
        <Text size="sm" c="dimmed">
          This version has no text{version.file ? '; its content is the attached file' : ''}.
        </Text>
      ) : (
        <MarkdownView text={version.bodyMarkdown} />
      )}
    </Paper>
  </Stack>
);

interface OpenVersionPanelProps {
  readonly orgId: string;
  readonly document: DocumentDetail;
  readonly version: DocumentVersion;
}

export const OpenVersionPanel = ({ orgId, document, version }: OpenVersionPanelProps) => {
  const nameOf = useMemberName(orgId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const step = useVersionStep(orgId, document.id, version.id);
  const can = (action: VersionAction) => version.availableActions.includes(action);
  const onStepError = (error: unknown) => setProblem(problemOf(error));
  const run = (action: 'submit' | 'approve', done: string) => {
    setProblem(null);
    step.mutate({ action }, { onSuccess: () => notifySuccess(done), onError: onStepError });
  };

  return (
    <VersionPanel
      version={version.version}
      status={<VersionStatusBadge status={version.status} />}
      meta={
        <Text size="sm" c="dimmed">
          Written by {nameOf(version.authorUserId)}
          {version.submittedAt !== null && version.status === 'in_review' ? (
            <>
              , sent for approval <DateTime value={version.submittedAt} />
            </>
          ) : (
            <>
              , last saved <DateTime value={version.updatedAt} />
            </>
          )}
        </Text>
      }
      actions={
        <Group gap="sm">
          {can('return') && <ReturnVersionButton orgId={orgId} version={version} />}
          {can('submit') && !can('edit') && (
            <Button
              onClick={() => run('submit', `Version ${version.version} was sent for approval.`)}
              loading={step.isPending}
            >
              Send for approval
            </Button>
          )}
          {can('approve') && (
            <ConfirmActionButton
              color="teal"
              title={`Approve version ${version.version} of “${document.title}”`}
              message={
                document.currentVersion
                  ? `It comes into force and supersedes version ${document.currentVersion.version}. The approval is recorded with your name, and the next review falls due in ${document.reviewIntervalMonths} months.`
                  : `It comes into force. The approval is recorded with your name, and the next review falls due in ${document.reviewIntervalMonths} months.`
              }
              confirmLabel="Approve"
              loading={step.isPending}
              onConfirm={() =>
                run('approve', `Version ${version.version} of “${document.title}” is approved.`)
              }
            >
              Approve
            </ConfirmActionButton>
          )}
        </Group>
      }
    >
      {version.status === 'draft' && version.lastReturnComment !== null && (
        <Alert color="yellow" variant="light" title="Returned for changes">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {version.lastReturnComment}
          </Text>
        </Alert>
      )}
      {problem && (
        <Alert color="red" variant="light" role="alert" title={problem.title}>
          {problem.message}
        </Alert>
      )}
      {can('edit') ? (
        <DraftEditor
          key={version.id}
          orgId={orgId}
          version={version}
          canSubmit={can('submit')}
          onStepError={onStepError}
          attachment={<VersionFile orgId={orgId} version={version} canChange />}
        />
      ) : (
        <>
          <ReadOnlyText version={version} />
          <VersionFile orgId={orgId} version={version} canChange={false} />
        </>
      )}
    </VersionPanel>
  );
};

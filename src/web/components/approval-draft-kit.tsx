/**
 * The parts every open version of an approvable record shows the same way
 * (the AIMS scope, the risk criteria, the treatment plan…): why it was last
 * returned, the refusal of a step, the buttons that discard and approve it,
 * and the switch between the version and its changes.
 */
import { Alert, SegmentedControl, Text } from '@mantine/core';
import { ApiError, messageOf } from '../api/client.js';
import { ConfirmButton } from './confirm-button.js';
import { DateTime } from './date-time.js';
import { notifyFailure, notifySuccess } from './notify.js';
import { ConfirmActionButton } from './prework-confirm-action.js';
import { useMemberName } from './prework-owner-select.js';

export interface ApprovalProblem {
  readonly title: string;
  readonly message: string;
}

/**
 * A refused step as the panel says it: the four-eyes refusal explained in
 * the record's words, anything else as the API put it.
 */
export const approvalProblemOf = (
  error: unknown,
  wrote: { readonly title: string; readonly whatStaysApart: string } = {
    title: 'You wrote this draft',
    whatStaysApart: 'writing and signing off',
  },
): ApprovalProblem =>
  error instanceof ApiError && error.code === 'APPROVAL_BY_EDITOR'
    ? {
        title: wrote.title,
        message: `${error.message.replace(/\.$/, '')}. Another member with the approver role must approve it, so that ${wrote.whatStaysApart} stay with different people.`,
      }
    : { title: 'Not done', message: messageOf(error) };

export const ApprovalProblemAlert = ({ problem }: { problem: ApprovalProblem | null }) =>
  problem && (
    <Alert color="red" variant="light" role="alert" title={problem.title}>
      {problem.message}
    </Alert>
  );

interface LastReturn {
  readonly comment: string;
  readonly returnedByUserId: string | null;
  readonly returnedAt: string;
}

/** On a draft that was sent back: the comment, who wrote it and when. */
export const ReturnedNote = ({
  orgId,
  status,
  lastReturn,
}: {
  orgId: string;
  status: string;
  lastReturn: LastReturn | null;
}) => {
  const nameOf = useMemberName(orgId);
  if (status !== 'draft' || lastReturn === null) return null;
  return (
    <Alert color="yellow" variant="light" title="Returned for changes">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {lastReturn.comment}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {nameOf(lastReturn.returnedByUserId)}, <DateTime value={lastReturn.returnedAt} />
      </Text>
    </Alert>
  );
};

interface DiscardMutation {
  readonly isPending: boolean;
  readonly mutate: (
    input: undefined,
    callbacks: { onSuccess: () => void; onError: (error: unknown) => void },
  ) => void;
}

/** "Discard draft", confirmed, with the version that stays in force named. */
export const DiscardDraftButton = ({
  record,
  versionNumber,
  previousVersion,
  discard,
}: {
  /** "the risk criteria", "the AIMS scope". */
  record: string;
  versionNumber: number;
  previousVersion: number | null;
  discard: DiscardMutation;
}) => (
  <ConfirmButton
    title="Discard the draft"
    message={`Draft version ${versionNumber} of ${record} and its changes will be deleted.${previousVersion === null ? '' : ` Version ${previousVersion} stays in force.`}`}
    confirmLabel="Discard draft"
    loading={discard.isPending}
    onConfirm={() =>
      discard.mutate(undefined, {
        onSuccess: () => notifySuccess(`The draft of ${record} was discarded.`),
        onError: (error) => notifyFailure('Could not discard the draft', error),
      })
    }
  >
    Discard draft
  </ConfirmButton>
);

/** "Approve", confirmed, saying what the approval does and that it carries the approver's name. */
export const ApproveVersionButton = ({
  record,
  versionNumber,
  previousVersion,
  effect,
  loading,
  onConfirm,
}: {
  record: string;
  versionNumber: number;
  previousVersion: number | null;
  /** What follows from the approval, as a sentence: "It becomes the scope in force." */
  effect: string;
  loading: boolean;
  onConfirm: () => void;
}) => (
  <ConfirmActionButton
    color="teal"
    title={`Approve version ${versionNumber} of ${record}`}
    message={`${effect}${previousVersion === null ? '' : ` It supersedes version ${previousVersion}.`} The approval is recorded with your name.`}
    confirmLabel="Approve"
    loading={loading}
    onConfirm={onConfirm}
  >
    Approve
  </ConfirmActionButton>
);

export type ShownPart = 'content' | 'changes';

/** The switch between the open version and its changes against the version in force. */
export const VersionOrChanges = ({
  value,
  onChange,
  previousVersion,
}: {
  value: ShownPart;
  onChange: (value: ShownPart) => void;
  previousVersion: number | null;
}) => (
  <SegmentedControl
    w="fit-content"
    aria-label="Show"
    value={value}
    onChange={(next) => onChange(next === 'changes' ? 'changes' : 'content')}
    data={[
      { value: 'content', label: 'This version' },
      {
        value: 'changes',
        label: previousVersion === null ? 'Changes' : `Changes against version ${previousVersion}`,
      },
    ]}
  />
);

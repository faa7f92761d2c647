/**
 * Sending a version under review back to draft, with the reason the author
 * will see; the comment is required. Shared by every approvable record.
 */
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { ApiError, messageOf } from '../api/client.js';
import { DiscardChangesPrompt, useDiscardGuard } from './discard-guard.js';
import { notifySuccess } from './notify.js';

interface ReturnToDraftButtonProps {
  readonly versionNumber: number;
  readonly loading: boolean;
  /** Sends the comment; resolves once the version is a draft again. */
  readonly onReturn: (comment: string) => Promise<unknown>;
}

export const ReturnToDraftButton = ({
  versionNumber,
  loading,
  onReturn,
}: ReturnToDraftButtonProps) => {
  const [opened, { open, close }] = useDisclosure(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dismiss = () => {
    setComment('');
    setError(null);
    close();
  };
  const guard = useDiscardGuard(() => comment.trim() !== '', dismiss);
  const send = async () => {
    try {
      await onReturn(comment);
      notifySuccess(`Version ${versionNumber} is a draft again.`);
      dismiss();
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.issues.length > 0
          ? `Comment ${failure.issues[0]?.reason ?? ''}`
          : messageOf(failure),
      );
    }
  };
  return (
    <>
      <Button variant="default" onClick={open}>
        Return to draft
      </Button>
      <Modal
        opened={opened}
        onClose={guard.requestClose}
        title={`Return version ${versionNumber} to draft`}
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim() === '') {
              setError('Say why the version goes back, so the author knows what to change');
              return;
            }
            setError(null);
            void send();
          }}
        >
          <Stack>
            <Textarea
              label="Why it goes back"
              description="The author sees this comment on the draft"
              withAsterisk
              autosize
              minRows={3}
              data-autofocus
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              error={error}
            />
            {guard.isAsking ? (
              <DiscardChangesPrompt guard={guard} />
            ) : (
              <Group justify="flex-end">
                <Button variant="default" onClick={guard.requestClose}>
                  Cancel
                </Button>
                <Button type="submit" loading={loading}>
                  Return to draft
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Modal>
    </>
  );
};

/** Sending a version under review back to draft, with the reason the author will see. */
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/client.js';
import { notifySuccess } from '../../components/notify.js';
import { useVersionStep, type DocumentVersion } from './document-queries.js';

export const ReturnVersionButton = ({
  orgId,
  version,
}: {
  orgId: string;
  version: DocumentVersion;
}) => {
  const [opened, { open, close }] = useDisclosure(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const step = useVersionStep(orgId, version.documentId, version.id);
  const dismiss = () => {
    setComment('');
    setError(null);
    close();
  };
  return (
    <>
      <Button variant="default" onClick={open}>
        Return to draft
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Return version ${version.version} to draft`}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim() === '') {
              setError('Say why the version goes back, so the author knows what to change');
              return;
            }
            setError(null);
            step.mutate(
              { action: 'return', comment },
              {
                onSuccess: () => {
                  notifySuccess(`Version ${version.version} is a draft again.`);
                  dismiss();
                },
                onError: (failure) =>
                  setError(
                    failure instanceof ApiError && failure.issues.length > 0
                      ? `Comment ${failure.issues[0]?.reason ?? ''}`
                      : messageOf(failure),
                  ),
              },
            );
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
            <Group justify="flex-end">
              <Button variant="default" onClick={dismiss}>
                Cancel
              </Button>
              <Button type="submit" loading={step.isPending}>
                Return to draft
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
};

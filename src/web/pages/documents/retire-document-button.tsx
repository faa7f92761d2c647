/** Retiring a document: it stops counting as in force and takes no new versions. */
import { Button, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { useRetireDocument } from './document-queries.js';
import type { DocumentDetail } from './document-queries.js';

export const RetireDocumentButton = ({
  orgId,
  document,
}: {
  orgId: string;
  document: DocumentDetail;
}) => {
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const retire = useRetireDocument(orgId, document.id);
  return (
    <>
      <Button variant="subtle" color="red" onClick={open}>
        Retire
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={`Retire “${document.title}”`}
        confirmLabel="Retire document"
        confirmColor="red"
        loading={retire.isPending}
        onConfirm={() =>
          retire.mutate(reason, {
            onSuccess: () => {
              notifySuccess(`“${document.title}” is retired.`);
              close();
            },
            onError: (error) => notifyFailure('Could not retire the document', error),
          })
        }
      >
        <Text size="sm">
          A retired document no longer counts as in force in the required-documents register and
          takes no more changes or versions. Its versions stay readable.
        </Text>
        <Textarea
          label="Reason"
          description="Optional; kept in the audit trail"
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </ConfirmDialog>
    </>
  );
};

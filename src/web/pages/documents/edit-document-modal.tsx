/** Changing a document's details (not its text: that lives in its versions). */
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import {
  DOCUMENT_LABELS,
  DocumentDetailsFields,
  type DocumentDetailsValues,
} from './document-details-fields.js';
import {
  useUpdateDocument,
  type DocumentDetail,
  type DocumentDetailsBody,
} from './document-queries.js';

/** Mount it only while open. */
export const EditDocumentModal = ({
  orgId,
  document,
  onClose,
}: {
  orgId: string;
  document: DocumentDetail;
  onClose: () => void;
}) => {
  const form = useForm<DocumentDetailsValues>({
    initialValues: {
      title: document.title,
      kind: document.kind,
      ownerUserId: document.ownerUserId,
      reviewIntervalMonths: document.reviewIntervalMonths,
      fulfils: [...document.fulfils],
    },
  });
  const [alert, setAlert] = useState<string | null>(null);
  const update = useUpdateDocument(orgId, document.id);

  const submit = form.onSubmit((values) => {
    setAlert(null);
    const body = {
      title: values.title,
      ...(values.kind !== null ? { kind: values.kind } : {}),
      ownerUserId: values.ownerUserId,
      reviewIntervalMonths: Number(values.reviewIntervalMonths),
      fulfils: values.fulfils,
    } as DocumentDetailsBody;
    update.mutate(body, {
      onSuccess: (saved) => {
        notifySuccess(`“${saved.title}” was saved.`);
        onClose();
      },
      onError: (error) => setAlert(applyApiError(form, error, DOCUMENT_LABELS)),
    });
  });

  return (
    <Modal opened onClose={onClose} title={`Edit ${document.title}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={alert} />
          <DocumentDetailsFields form={form} orgId={orgId} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

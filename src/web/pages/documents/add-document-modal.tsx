/**
 * Registering a document with the text of its first draft. Opened from the
 * register, or from a missing item of the required-documents register with
 * that item already chosen.
 */
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../auth/me-context.js';
import { applyApiError } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { orgPath } from '../../orgs/current-org.js';
import {
  DOCUMENT_LABELS,
  DocumentDetailsFields,
  type DocumentDetailsValues,
} from './document-details-fields.js';
import { useCreateDocument, type NewDocumentBody } from './document-queries.js';
import { MarkdownEditor } from './markdown-editor.js';

interface NewDocumentValues extends DocumentDetailsValues {
  bodyMarkdown: string;
  changeNote: string;
}

interface AddDocumentModalProps {
  readonly orgId: string;
  readonly fulfils: readonly string[];
  readonly onClose: () => void;
}

/** Mount it only while open. */
export const AddDocumentModal = ({ orgId, fulfils, onClose }: AddDocumentModalProps) => {
  const { user } = useMe();
  const form = useForm<NewDocumentValues>({
    initialValues: {
      title: '',
      kind: null,
      ownerUserId: user.id,
      reviewIntervalMonths: 12,
      fulfils: [...fulfils],
      bodyMarkdown: '',
      changeNote: '',
    },
  });
  const [alert, setAlert] = useState<string | null>(null);
  const create = useCreateDocument(orgId);
  const navigate = useNavigate();

  const submit = form.onSubmit((values) => {
    setAlert(null);
    if (values.kind === null) {
      form.setFieldError('kind', 'Choose the kind of document');
      return;
    }
    const body = {
      title: values.title,
      kind: values.kind,
      ownerUserId: values.ownerUserId,
      reviewIntervalMonths: Number(values.reviewIntervalMonths),
      fulfils: values.fulfils,
      bodyMarkdown: values.bodyMarkdown,
      changeNote: values.changeNote,
    } as NewDocumentBody;
    create.mutate(body, {
      onSuccess: (document) => {
        notifySuccess(`“${document.title}” was registered with version 1 as a draft.`);
        onClose();
        void navigate(orgPath(orgId, 'documents', document.id));
      },
      onError: (error) => setAlert(applyApiError(form, error, DOCUMENT_LABELS)),
    });
  });

  return (
    <Modal opened onClose={onClose} title="Register a document" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={alert} />
          <DocumentDetailsFields form={form} orgId={orgId} />
          <MarkdownEditor
            label="Text of version 1"
            value={form.values.bodyMarkdown}
            onChange={(value) => form.setFieldValue('bodyMarkdown', value)}
            error={form.errors.bodyMarkdown}
          />
          <TextInput
            label={DOCUMENT_LABELS.changeNote}
            description="Optional for the first version"
            {...form.getInputProps('changeNote')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Register document
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

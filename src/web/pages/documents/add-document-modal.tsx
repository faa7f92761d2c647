/**
 * Registering a document with the text of its first draft. Opened from the
 * register, or from a missing item of the required-documents register with
 * that item already chosen.
 */
import { TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useMe } from '../../auth/me-context.js';
import { notifySuccess } from '../../components/notify.js';
import { orgPath } from '../../orgs/current-org.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import {
  DOCUMENT_LABELS,
  DocumentDetailsFields,
  controlBodyOf,
} from './document-details-fields.js';
import type { DocumentDetailsValues } from './document-details-fields.js';
import { useCreateDocument } from './document-queries.js';
import type { DocumentDetail, NewDocumentBody } from './document-queries.js';
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
  const create = useCreateDocument(orgId);
  const navigate = useNavigate();

  return (
    <RegisterFormModal<NewDocumentValues, NewDocumentBody, DocumentDetail>
      title="Register a document"
      submitLabel="Register document"
      size="xl"
      initialValues={{
        title: '',
        kind: null,
        ownerUserId: user.id,
        reviewIntervalMonths: 12,
        fulfils: [...fulfils],
        referenceNumber: '',
        retentionMonths: '',
        disposition: null,
        readAccess: 'all_members',
        readRoles: [],
        bodyMarkdown: '',
        changeNote: '',
      }}
      validate={{ kind: (kind) => (kind === null ? 'Choose the kind of document' : null) }}
      labels={DOCUMENT_LABELS}
      bodyOf={(values) =>
        ({
          title: values.title,
          kind: values.kind,
          ownerUserId: values.ownerUserId,
          reviewIntervalMonths: Number(values.reviewIntervalMonths),
          fulfils: values.fulfils,
          ...controlBodyOf(values),
          bodyMarkdown: values.bodyMarkdown,
          changeNote: values.changeNote,
        }) as NewDocumentBody
      }
      save={create}
      onSaved={(document) => {
        notifySuccess(`“${document.title}” was registered with version 1 as a draft.`);
        void navigate(orgPath(orgId, 'documents', document.id));
      }}
      onClose={onClose}
    >
      {(form) => (
        <>
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
        </>
      )}
    </RegisterFormModal>
  );
};

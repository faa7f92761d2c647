/** Changing a document's details (not its text: that lives in its versions). */
import { notifySuccess } from '../../components/notify.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import {
  DOCUMENT_LABELS,
  DocumentDetailsFields,
  controlBodyOf,
} from './document-details-fields.js';
import type { DocumentDetailsValues } from './document-details-fields.js';
import { useUpdateDocument } from './document-queries.js';
import type { DocumentDetail, DocumentDetailsBody } from './document-queries.js';

/** Mount it only while open. */
export const EditDocumentModal = ({
  orgId,
  document,
  onClose,
}: {
  orgId: string;
  document: DocumentDetail;
  onClose: () => void;
}) => (
  <RegisterFormModal<DocumentDetailsValues, DocumentDetailsBody, DocumentDetail>
    title={`Edit ${document.title}`}
    submitLabel="Save changes"
    initialValues={{
      title: document.title,
      kind: document.kind,
      ownerUserId: document.ownerUserId,
      reviewIntervalMonths: document.reviewIntervalMonths,
      fulfils: [...document.fulfils],
      referenceNumber: document.referenceNumber ?? '',
      retentionMonths: document.retentionMonths ?? '',
      disposition: document.disposition,
      readAccess: document.readAccess,
      readRoles: [...document.readRoles],
    }}
    labels={DOCUMENT_LABELS}
    bodyOf={(values) =>
      ({
        title: values.title,
        ...(values.kind !== null ? { kind: values.kind } : {}),
        ownerUserId: values.ownerUserId,
        reviewIntervalMonths: Number(values.reviewIntervalMonths),
        fulfils: values.fulfils,
        ...controlBodyOf(values),
      }) as DocumentDetailsBody
    }
    save={useUpdateDocument(orgId, document.id)}
    onSaved={(saved) => notifySuccess(`“${saved.title}” was saved.`)}
    onClose={onClose}
  >
    {(form) => <DocumentDetailsFields form={form} orgId={orgId} />}
  </RegisterFormModal>
);

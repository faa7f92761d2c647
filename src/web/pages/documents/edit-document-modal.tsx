/**
 * Changing a document's details (not its text: that lives in its versions);
 * for a retired document, only its retention, disposition and readers.
 */
import { notifySuccess } from '../../components/notify.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import { DocumentControlFields } from './document-control-fields.js';
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
}) => {
  const isRetired = document.isRetired;
  return (
    <RegisterFormModal<DocumentDetailsValues, DocumentDetailsBody, DocumentDetail>
      title={isRetired ? `Retention and access of ${document.title}` : `Edit ${document.title}`}
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
      bodyOf={(values) => {
        const { referenceNumber, ...control } = controlBodyOf(values);
        return (
          isRetired
            ? control
            : {
                title: values.title,
                ...(values.kind !== null ? { kind: values.kind } : {}),
                ownerUserId: values.ownerUserId,
                reviewIntervalMonths: Number(values.reviewIntervalMonths),
                fulfils: values.fulfils,
                referenceNumber,
                ...control,
              }
        ) as DocumentDetailsBody;
      }}
      save={useUpdateDocument(orgId, document.id)}
      onSaved={(saved) => notifySuccess(`“${saved.title}” was saved.`)}
      onClose={onClose}
    >
      {(form) =>
        isRetired ? (
          <DocumentControlFields form={form} orgId={orgId} withReference={false} />
        ) : (
          <DocumentDetailsFields form={form} orgId={orgId} />
        )
      }
    </RegisterFormModal>
  );
};

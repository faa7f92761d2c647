/** Workflow status, review and disposition badges of documents (below a RegistersGate) and versions. */
import { Badge } from '@mantine/core';
import { useDocumentLabels } from './document-labels.js';
import { VERSION_STATUS_LABELS, WORKFLOW_STATUS_COLORS } from '../../labels/documents.js';
import type { DocumentStatus, VersionStatus } from '../../labels/documents.js';

export const DocumentStatusBadge = ({
  status,
  size = 'md',
}: {
  status: DocumentStatus;
  size?: 'sm' | 'md' | 'lg';
}) => (
  <Badge color={WORKFLOW_STATUS_COLORS[status]} size={size}>
    {useDocumentLabels().statusOf(status)}
  </Badge>
);

export const VersionStatusBadge = ({ status }: { status: VersionStatus }) => (
  <Badge color={WORKFLOW_STATUS_COLORS[status]}>{VERSION_STATUS_LABELS[status]}</Badge>
);

/** Whether the document's review is overdue or comes within 30 days; nothing otherwise. */
export const ReviewDueBadge = ({
  document,
}: {
  document: { isReviewOverdue: boolean; isReviewDueSoon: boolean };
}) => {
  if (document.isReviewOverdue) return <Badge color="red">Review overdue</Badge>;
  if (document.isReviewDueSoon) return <Badge color="yellow">Review due soon</Badge>;
  return null;
};

/** Whether a retired document's retention period has run out. */
export const DispositionDueBadge = ({
  document,
}: {
  document: { isDueForDisposition: boolean };
}) => (document.isDueForDisposition ? <Badge color="orange">Due for disposition</Badge> : null);

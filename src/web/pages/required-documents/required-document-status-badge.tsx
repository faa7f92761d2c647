/** Fulfilled, in progress or missing, in words and colour. */
import { Badge } from '@mantine/core';
import {
  REQUIRED_DOCUMENT_STATUS_COLORS,
  REQUIRED_DOCUMENT_STATUS_LABELS,
} from './required-documents-queries.js';
import type { RequiredDocumentStatus } from './required-documents-queries.js';

export const RequiredDocumentStatusBadge = ({ status }: { status: RequiredDocumentStatus }) => (
  <Badge color={REQUIRED_DOCUMENT_STATUS_COLORS[status]}>
    {REQUIRED_DOCUMENT_STATUS_LABELS[status]}
  </Badge>
);

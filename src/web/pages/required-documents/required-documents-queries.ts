/** The required-documents register: the catalog's 20 items and what fulfils each. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';

export type RequiredDocumentEntry = Schemas['RequiredDocumentEntry'];
export type RequiredDocumentStatus = RequiredDocumentEntry['status'];
export type Fulfilment = RequiredDocumentEntry['fulfilledBy'][number];
export type WorkInProgress = RequiredDocumentEntry['inProgressBy'][number];

export const requiredDocumentsQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'required-documents'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/required-documents', { params: { path: { orgId } }, signal }),
      ),
  });

export const REQUIRED_DOCUMENT_STATUS_LABELS: Readonly<Record<RequiredDocumentStatus, string>> = {
  fulfilled: 'Fulfilled',
  in_progress: 'In progress',
  missing: 'Missing',
};

export const REQUIRED_DOCUMENT_STATUS_COLORS: Readonly<Record<RequiredDocumentStatus, string>> = {
  fulfilled: 'teal',
  in_progress: 'blue',
  missing: 'red',
};

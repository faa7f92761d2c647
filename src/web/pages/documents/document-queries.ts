/** Controlled documents and their versions through the API. */
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, toApiError, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import type { DocumentKind } from '../../labels/documents.js';
import { approvalStepRequest } from '../../components/approval-step.js';
import type { ApprovalStep } from '../../components/approval-step.js';
import { useRegisterSave } from '../../registers/register-mutations.js';
import { useRegisterRecordSave } from '../../registers/register-records.js';
import type { RegisterBody } from '../../registers/register-records.js';

export type ControlledDocument = Schemas['Document'];
export type DocumentDetail = Schemas['DocumentDetail'];
export type DocumentVersion = Schemas['DocumentVersion'];
export type DocumentAction = ControlledDocument['availableActions'][number];
export type VersionAction = DocumentVersion['availableActions'][number];
export type NewDocumentBody = RegisterBody<'documents'>;
export type DocumentDetailsBody =
  paths['/api/v1/orgs/{orgId}/documents/{documentId}']['patch']['requestBody']['content']['application/json'];
export type VersionBody =
  paths['/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}']['patch']['requestBody']['content']['application/json'];

/** The next free reference number of the kind, while the field is blank. */
export const useSuggestedReference = (orgId: string, kind: DocumentKind | null, enabled: boolean) =>
  useQuery({
    queryKey: ['orgs', orgId, 'documents', 'reference-suggestion', kind],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/reference-suggestion', {
          params: { path: { orgId }, query: { kind: kind ?? 'procedure' } },
          signal,
        }),
      ),
    enabled: enabled && kind !== null,
    staleTime: 0,
  });

/** Where a version's file downloads from (the session cookie authorizes the link). */
export const versionFileUrl = (orgId: string, documentId: string, versionId: string): string =>
  ['', 'api', 'v1', 'orgs', orgId, 'documents', documentId, 'versions', versionId, 'file']
    .map(encodeURIComponent)
    .join('/');

/** Every change answers with the whole document, which replaces the cached one. */
const useDocumentChange = <Input>(
  orgId: string,
  request: (input: Input) => Promise<DocumentDetail>,
) => useRegisterSave(orgId, 'documents', request);

export const useCreateDocument = (orgId: string) =>
  useRegisterRecordSave(orgId, 'documents', undefined);

export const useUpdateDocument = (orgId: string, documentId: string) =>
  useDocumentChange(orgId, (body: DocumentDetailsBody) =>
    unwrap(
      api.PATCH('/api/v1/orgs/{orgId}/documents/{documentId}', {
        params: { path: { orgId, documentId } },
        body,
      }),
    ),
  );

export const useRetireDocument = (orgId: string, documentId: string) =>
  useDocumentChange(orgId, (reason: string) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/retire', {
        params: { path: { orgId, documentId } },
        body: reason.trim() === '' ? {} : { reason },
      }),
    ),
  );

export const useStartVersion = (orgId: string, documentId: string) =>
  useDocumentChange(orgId, () =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions', {
        params: { path: { orgId, documentId } },
        body: {},
      }),
    ),
  );

export const useSaveVersion = (orgId: string, documentId: string, versionId: string) =>
  useDocumentChange(orgId, (body: VersionBody) =>
    unwrap(
      api.PATCH('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}', {
        params: { path: { orgId, documentId, versionId } },
        body,
      }),
    ),
  );

/** Submit, approve or return (with the reason) the open version. */
export const useVersionStep = (orgId: string, documentId: string, versionId: string) =>
  useDocumentChange(orgId, (step: ApprovalStep) => {
    const { route, body } = approvalStepRequest(
      '/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}',
      step,
    );
    return unwrap(api.POST(route, { params: { path: { orgId, documentId, versionId } }, body }));
  });

/** Attaches a file to a draft as multipart/form-data (field "file"), or removes it. */
export const useVersionFile = (orgId: string, documentId: string, versionId: string) =>
  useDocumentChange(orgId, async (file: File | null): Promise<DocumentDetail> => {
    if (file === null) {
      return unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/file', {
          params: { path: { orgId, documentId, versionId } },
        }),
      );
    }
    const form = new FormData();
    form.append('file', file, file.name);
    let response: Response;
    try {
      response = await fetch(versionFileUrl(orgId, documentId, versionId), {
        method: 'PUT',
        body: form,
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(
        0,
        'NETWORK_ERROR',
        'The server cannot be reached. Check your connection and try again.',
      );
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw toApiError(response, body);
    return body as DocumentDetail;
  });

/** Controlled documents and their versions through the API. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, toApiError, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';

export type ControlledDocument = Schemas['Document'];
export type DocumentDetail = Schemas['DocumentDetail'];
export type DocumentVersion = Schemas['DocumentVersion'];
export type DocumentAction = ControlledDocument['availableActions'][number];
export type VersionAction = DocumentVersion['availableActions'][number];
export type NewDocumentBody =
  paths['/api/v1/orgs/{orgId}/documents']['post']['requestBody']['content']['application/json'];
export type DocumentDetailsBody =
  paths['/api/v1/orgs/{orgId}/documents/{documentId}']['patch']['requestBody']['content']['application/json'];
export type VersionBody =
  paths['/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}']['patch']['requestBody']['content']['application/json'];

const documentsKey = (orgId: string) => ['orgs', orgId, 'documents'] as const;

export const documentQuery = (orgId: string, documentId: string) =>
  queryOptions({
    queryKey: [...documentsKey(orgId), 'one', documentId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/{documentId}', {
          params: { path: { orgId, documentId } },
          signal,
        }),
      ),
  });

/** Where a version's file downloads from (the session cookie authorizes the link). */
export const versionFileUrl = (orgId: string, documentId: string, versionId: string): string =>
  ['', 'api', 'v1', 'orgs', orgId, 'documents', documentId, 'versions', versionId, 'file']
    .map(encodeURIComponent)
    .join('/');

/** Every change answers with the whole document: keep it, and refresh the lists that show it. */
const useDocumentChanged = (orgId: string) => {
  const queryClient = useQueryClient();
  return (document: DocumentDetail) => {
    queryClient.setQueryData(documentQuery(orgId, document.id).queryKey, document);
    return Promise.all(
      [
        [...documentsKey(orgId), 'list'],
        ['orgs', orgId, 'required-documents'],
        ['orgs', orgId, 'audit-log'],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
};

export const useCreateDocument = (orgId: string) => {
  const changed = useDocumentChanged(orgId);
  return useMutation({
    mutationFn: (body: NewDocumentBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/documents', { params: { path: { orgId } }, body })),
    onSuccess: changed,
  });
};

export const useUpdateDocument = (orgId: string, documentId: string) => {
  const changed = useDocumentChanged(orgId);
  return useMutation({
    mutationFn: (body: DocumentDetailsBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/documents/{documentId}', {
          params: { path: { orgId, documentId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
};

export const useRetireDocument = (orgId: string, documentId: string) => {
  const changed = useDocumentChanged(orgId);
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/retire', {
          params: { path: { orgId, documentId } },
          body: reason.trim() === '' ? {} : { reason },
        }),
      ),
    onSuccess: changed,
  });
};

export const useStartVersion = (orgId: string, documentId: string) => {
  const changed = useDocumentChanged(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions', {
          params: { path: { orgId, documentId } },
          body: {},
        }),
      ),
    onSuccess: changed,
  });
};

export const useSaveVersion = (orgId: string, documentId: string, versionId: string) => {
  const changed = useDocumentChanged(orgId);
  return useMutation({
    mutationFn: (body: VersionBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}', {
          params: { path: { orgId, documentId, versionId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
};

/** Submit, approve or return (with the reason) the open version. */
export const useVersionStep = (orgId: string, documentId: string, versionId: string) => {
  const changed = useDocumentChanged(orgId);
  const path = { orgId, documentId, versionId };
  return useMutation({
    mutationFn: (
      step: { action: 'submit' | 'approve' } | { action: 'return'; comment: string },
    ) => {
      switch (step.action) {
        case 'submit':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/submit', {
              params: { path },
              body: {},
            }),
          );
        case 'approve':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/approve', {
              params: { path },
              body: {},
            }),
          );
        case 'return':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/return', {
              params: { path },
              body: { comment: step.comment },
            }),
          );
      }
    },
    onSuccess: changed,
  });
};

/** Attaches a file to a draft as multipart/form-data (field "file"), or removes it. */
export const useVersionFile = (orgId: string, documentId: string, versionId: string) => {
  const changed = useDocumentChanged(orgId);
  return useMutation({
    mutationFn: async (file: File | null): Promise<DocumentDetail> => {
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
    },
    onSuccess: changed,
  });
};

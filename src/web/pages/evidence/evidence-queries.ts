/** Evidence through the API: the register, one record, its links, uploads and new versions. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, toApiError, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';

export type Evidence = Schemas['Evidence'];
export type EvidenceRecord = Schemas['EvidenceRecord'];
export type EvidenceVersion = Schemas['EvidenceVersion'];
export type EvidenceLinks = Schemas['EvidenceLinks'];
export type Freshness = Evidence['freshness'];
export type EvidenceListQuery = NonNullable<
  paths['/api/v1/orgs/{orgId}/evidence']['get']['parameters']['query']
>;
export type NewLinkBody =
  paths['/api/v1/orgs/{orgId}/evidence']['post']['requestBody']['content']['application/json'];
export type LinkVersionBody =
  paths['/api/v1/orgs/{orgId}/evidence/{evidenceId}/versions']['post']['requestBody']['content']['application/json'];
export type EvidencePatch =
  paths['/api/v1/orgs/{orgId}/evidence/{evidenceId}']['patch']['requestBody']['content']['application/json'];

/** The item's fields and first version sent with an upload (the "metadata" field). */
export type NewFileMetadata = Omit<NewLinkBody, 'version'> & {
  readonly version: Omit<NewLinkBody['version'], 'url'>;
};

const keyOf = (orgId: string) => ['orgs', orgId, 'evidence'] as const;

export const useEvidenceList = (orgId: string, query: EvidenceListQuery) =>
  useQuery({
    queryKey: [...keyOf(orgId), 'list', query],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/evidence', { params: { path: { orgId }, query }, signal }),
      ),
    placeholderData: (previous) => previous,
  });

export const useEvidence = (orgId: string, evidenceId: string) =>
  useQuery({
    queryKey: [...keyOf(orgId), 'record', evidenceId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/evidence/{evidenceId}', {
          params: { path: { orgId, evidenceId } },
          signal,
        }),
      ),
  });

export const useEvidenceLinks = (orgId: string, evidenceId: string) =>
  useQuery({
    queryKey: [...keyOf(orgId), 'links', evidenceId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/evidence/{evidenceId}/links', {
          params: { path: { orgId, evidenceId } },
          signal,
        }),
      ),
  });

/** Where a version's file downloads from (the session cookie authorizes the link). */
export const evidenceFileUrl = (orgId: string, evidenceId: string, versionId: string): string =>
  ['', 'api', 'v1', 'orgs', orgId, 'evidence', evidenceId, 'versions', versionId, 'file']
    .map(encodeURIComponent)
    .join('/');

/** Sends a multipart upload: the metadata first, then the file. */
const postFile = async (url: string, metadata: object, file: File): Promise<EvidenceRecord> => {
  const form = new FormData();
  form.append('metadata', JSON.stringify(metadata));
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, body);
  return body as EvidenceRecord;
};

/** A change that answers with the whole record: cached as it is, and the lists read again. */
const useEvidenceChange = <Input>(
  orgId: string,
  request: (input: Input) => Promise<EvidenceRecord>,
) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (record) => {
      client.setQueryData([...keyOf(orgId), 'record', record.id], record);
      // The Statement of Applicability shows each control's evidence too.
      await Promise.all([
        client.invalidateQueries({ queryKey: keyOf(orgId) }),
        client.invalidateQueries({ queryKey: ['orgs', orgId, 'soa'] }),
      ]);
    },
  });
};

export const useUploadEvidence = (orgId: string) =>
  useEvidenceChange(orgId, ({ metadata, file }: { metadata: NewFileMetadata; file: File }) =>
    postFile(`/api/v1/orgs/${encodeURIComponent(orgId)}/evidence/files`, metadata, file),
  );

export const useCreateLinkEvidence = (orgId: string) =>
  useEvidenceChange(orgId, (body: NewLinkBody) =>
    unwrap(api.POST('/api/v1/orgs/{orgId}/evidence', { params: { path: { orgId } }, body })),
  );

export const useAddFileVersion = (orgId: string, evidenceId: string) =>
  useEvidenceChange(
    orgId,
    ({ metadata, file }: { metadata: Omit<LinkVersionBody, 'url'>; file: File }) =>
      postFile(
        `/api/v1/orgs/${encodeURIComponent(orgId)}/evidence/${encodeURIComponent(evidenceId)}/versions/file`,
        metadata,
        file,
      ),
  );

export const useAddLinkVersion = (orgId: string, evidenceId: string) =>
  useEvidenceChange(orgId, (body: LinkVersionBody) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/evidence/{evidenceId}/versions', {
        params: { path: { orgId, evidenceId } },
        body,
      }),
    ),
  );

export const useUpdateEvidence = (orgId: string, evidenceId: string) =>
  useEvidenceChange(orgId, (body: EvidencePatch) =>
    unwrap(
      api.PATCH('/api/v1/orgs/{orgId}/evidence/{evidenceId}', {
        params: { path: { orgId, evidenceId } },
        body,
      }),
    ),
  );

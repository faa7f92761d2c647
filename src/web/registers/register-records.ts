/**
 * One record of a register through its routes `<register>` (POST) and
 * `<register>/{id}` (GET, PATCH, DELETE): reading it, adding or changing it,
 * deleting it, with the cache work of `register-mutations.ts`.
 */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';
import type { paths } from '../api/schema.js';
import { useRegisterDelete, useRegisterSave } from './register-mutations.js';
import { registerKeys } from './register-queries.js';
import type { RegisterPath } from './register-queries.js';

/** A register's route for one record, e.g. `/api/v1/orgs/{orgId}/obligations/{obligationId}`. */
type RecordRoutePath<Path extends RegisterPath> = {
  [Route in keyof paths]: Route extends `/api/v1/orgs/{orgId}/${Path}/{${infer Param}}`
    ? Param extends `${string}/${string}`
      ? never
      : Route
    : never;
}[keyof paths];

/** The registers whose records each have a route of their own. */
export type RecordPath = {
  [Path in RegisterPath]: RecordRoutePath<Path> extends never ? never : Path;
}[RegisterPath];

type JsonOf<Operation> = Operation extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/** One record as its GET route answers it (a document with its versions, an objective with its measurements). */
export type RegisterRecord<Path extends RecordPath> = paths[RecordRoutePath<Path>] extends {
  get: infer Operation;
}
  ? JsonOf<Operation>
  : never;

/** What adding a record sends; changing it sends the same fields. */
export type RegisterBody<Path extends RecordPath> = paths[`/api/v1/orgs/{orgId}/${Path}`] extends {
  post: { requestBody: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

interface CallResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}
interface CallInit {
  readonly params: { readonly path: Readonly<Record<string, string>> };
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/**
 * openapi-fetch cannot relate a path chosen at run time to its types, so these
 * calls go through the same client untyped and are typed by the route's own
 * response and body types above. Path parameters are filled in by name.
 */
const calls = api as unknown as Readonly<
  Record<'GET' | 'POST' | 'PATCH' | 'DELETE', (url: string, init: CallInit) => Promise<CallResult>>
>;

const collectionUrl = (path: RecordPath) => `/api/v1/orgs/{orgId}/${path}`;
const recordUrl = (path: RecordPath) => `${collectionUrl(path)}/{recordId}`;

export const registerRecordQuery = <Path extends RecordPath>(
  orgId: string,
  path: Path,
  recordId: string,
) =>
  queryOptions({
    queryKey: registerKeys.one(orgId, path, recordId),
    queryFn: ({ signal }) =>
      unwrap(
        calls.GET(recordUrl(path), { params: { path: { orgId, recordId } }, signal }),
      ) as Promise<RegisterRecord<Path>>,
  });

/** Adds a record (no id yet) or changes the one with this id. */
export const useRegisterRecordSave = <Path extends RecordPath>(
  orgId: string,
  path: Path,
  recordId: string | undefined,
) =>
  useRegisterSave(
    orgId,
    path,
    (body: RegisterBody<Path>) =>
      unwrap(
        recordId === undefined
          ? calls.POST(collectionUrl(path), { params: { path: { orgId } }, body })
          : calls.PATCH(recordUrl(path), { params: { path: { orgId, recordId } }, body }),
      ) as Promise<RegisterRecord<Path> & { id: string }>,
  );

export const useRegisterRecordDelete = (orgId: string, path: RecordPath) =>
  useRegisterDelete(orgId, path, (recordId) =>
    unwrap(calls.DELETE(recordUrl(path), { params: { path: { orgId, recordId } } })),
  );

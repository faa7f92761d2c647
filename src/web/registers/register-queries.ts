/**
 * Query keys and query options of a register, from its path under
 * `/api/v1/orgs/{orgId}/`: the list (one key per view), one record, and what
 * a mutation invalidates.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';
import type { paths } from '../api/schema.js';
import type { ListQuery } from './list-params.js';

/** The organization-scoped collection routes that answer a paged register list. */
export type RegisterPath = {
  [Path in keyof paths]: Path extends `/api/v1/orgs/{orgId}/${infer Rest}`
    ? Rest extends `${string}/${string}`
      ? never
      : paths[Path] extends {
            get: {
              responses: {
                200: { content: { 'application/json': { items: unknown[]; total: number } } };
              };
            };
          }
        ? Rest
        : never
    : never;
}[keyof paths];

type ListRoute<Path extends RegisterPath> = paths[`/api/v1/orgs/{orgId}/${Path}`];

/** The list response of a register: items, total, page, pageSize and the list's actions. */
export type RegisterList<Path extends RegisterPath> =
  ListRoute<Path> extends {
    get: { responses: { 200: { content: { 'application/json': infer Body } } } };
  }
    ? Body
    : never;

export type RegisterRow<Path extends RegisterPath> =
  RegisterList<Path> extends { items: (infer Row)[] } ? Row : never;

export const registerKeys = {
  all: (orgId: string, path: string) => ['orgs', orgId, path] as const,
  lists: (orgId: string, path: string) => [...registerKeys.all(orgId, path), 'list'] as const,
  list: (orgId: string, path: string, query: ListQuery) =>
    [...registerKeys.lists(orgId, path), query] as const,
  one: (orgId: string, path: string, id: string) =>
    [...registerKeys.all(orgId, path), 'one', id] as const,
};

/** The registers whose records fulfil required documents (a policy, the AI objectives). */
const FULFILS_REQUIRED_DOCUMENTS: readonly string[] = ['documents', 'objectives'];

/**
 * What else reads a register's records: the treatment plan and the organization
 * controls' link counts read the risks' treatment actions.
 */
const READ_ELSEWHERE: Readonly<Record<string, readonly string[]>> = {
  risks: ['risk-treatment-plans', 'organization-controls'],
};

/**
 * What every change to a register's records makes stale: its lists and the
 * audit trail, the required-documents register where the records count there,
 * and what else reads them.
 */
export const staleAfterChange = (orgId: string, path: string): readonly QueryKey[] => [
  registerKeys.lists(orgId, path),
  ['orgs', orgId, 'audit-log'],
  ...(FULFILS_REQUIRED_DOCUMENTS.includes(path) ? [['orgs', orgId, 'required-documents']] : []),
  ...(READ_ELSEWHERE[path] ?? []).map((other) => ['orgs', orgId, other]),
];

const getList = <Path extends RegisterPath>(
  orgId: string,
  path: Path,
  query: ListQuery,
  signal: AbortSignal,
): Promise<RegisterList<Path>> =>
  // The query object comes from the register's declared filters; openapi-fetch cannot relate a
  // path chosen at run time to its query type, so the call is typed by the route's response.
  unwrap(
    api.GET(`/api/v1/orgs/{orgId}/${path}` as '/api/v1/orgs/{orgId}/obligations', {
      params: { path: { orgId }, query: query as never },
      signal,
    }),
  ) as Promise<RegisterList<Path>>;

export const registerListQuery = <Path extends RegisterPath>(
  orgId: string,
  path: Path,
  query: ListQuery,
) =>
  queryOptions({
    queryKey: registerKeys.list(orgId, path, query),
    queryFn: ({ signal }) => getList(orgId, path, query, signal),
    placeholderData: keepPreviousData,
  });

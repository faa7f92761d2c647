/** The ISO/IEC 42001 catalog: fetched once, kept for the whole visit (it only changes with a release). */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';

export type Catalog = Schemas['Catalog'];
export type Clause = Schemas['CatalogClause'];
export type ControlGroup = Schemas['CatalogControlObjectiveGroup'];
export type Control = Schemas['CatalogControl'];
export type AnnexCEntry = Schemas['CatalogAnnexCEntry'];
export type RequiredDocument = Schemas['CatalogRequiredDocument'];

export const catalogQuery = queryOptions({
  queryKey: ['catalog'],
  queryFn: () => unwrap(api.GET('/api/v1/catalog')),
  staleTime: Infinity,
  gcTime: Infinity,
});

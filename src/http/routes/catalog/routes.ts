/** The ISO/IEC 42001:2023 catalog: public reference data, the same for every organization. */
import { z } from 'zod';
import {
  DOCUMENTED_INFORMATION_KINDS,
  REQUIRED_DOCUMENT_TYPES,
} from '../../../domain/catalog/index.js';
import type { RoutePlugin } from '../../route-plugin.js';

/** The catalog is frozen data: its arrays are read-only. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const Clause = z
  .object({
    id: z.string(),
    title: z.string(),
    parentId: z.string().optional(),
    isLeaf: z.boolean(),
    documentedInformation: z.enum(DOCUMENTED_INFORMATION_KINDS).optional(),
    description: z.string(),
    aliases: list(z.string()),
  })
  .meta({ id: 'CatalogClause' });

const ControlObjectiveGroup = z
  .object({
    id: z.string(),
    topicId: z.string(),
    title: z.string(),
    objective: z.string(),
    aliases: list(z.string()),
  })
  .meta({ id: 'CatalogControlObjectiveGroup' });

const Control = z
  .object({
    id: z.string(),
    title: z.string(),
    groupId: z.string(),
    topicId: z.string(),
    description: z.string(),
    aliases: list(z.string()),
  })
  .meta({ id: 'CatalogControl' });

const AnnexCEntry = z
  .object({ id: z.string(), order: z.number().int(), title: z.string(), description: z.string() })
  .meta({ id: 'CatalogAnnexCEntry' });

const RequiredDocument = z
  .object({
    id: z.string(),
    title: z.string(),
    clauseId: z.string(),
    relatedClauseIds: list(z.string()),
    relatedControlIds: list(z.string()),
    type: z.enum(REQUIRED_DOCUMENT_TYPES),
    notes: z.string(),
  })
  .meta({ id: 'CatalogRequiredDocument' });

const Catalog = z
  .object({
    standard: z.string(),
    version: z.string().describe('Version of the catalog data, not of the standard'),
    clauses: list(Clause),
    annexA: z.object({ groups: list(ControlObjectiveGroup), controls: list(Control) }),
    annexC: z.object({ objectives: list(AnnexCEntry), riskSources: list(AnnexCEntry) }),
    requiredDocuments: list(RequiredDocument),
  })
  .meta({ id: 'Catalog' });

export const catalogRoutes: RoutePlugin = (services) => async (app) => {
  app.get(
    '/api/v1/catalog',
    {
      config: { isPublic: true },
      schema: {
        tags: ['catalog'],
        summary: 'Clauses 4–10, Annex A controls, Annex C and the required documented information',
        security: [],
        response: { 200: Catalog },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return services.catalog.get();
    },
  );
};

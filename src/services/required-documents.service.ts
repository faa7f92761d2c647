/**
 * The required-documents register: each item of mandatory documented
 * information in the catalog, with whether the organization has it in force,
 * is working on it, or lacks it, and the records that show it.
 */
import { CATALOG } from '../domain/catalog/index.js';
import { documentState } from '../domain/document/status.js';
import { countByStatus, deriveRequiredDocuments } from '../domain/document/required-documents.js';
import type {
  RequiredDocumentEntry,
  RequiredDocumentStatus,
} from '../domain/document/required-documents.js';
import { calendarDateOf } from '../domain/validation.js';
import { listDocuments, liveVersionSummaries } from '../storage/document.repository.js';
import { objectiveFacts, scopeFacts } from '../storage/facts.repository.js';
import { authorize } from './authorization.js';
import { reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';

export interface RequiredDocumentsRegister {
  readonly items: RequiredDocumentEntry[];
  readonly summary: Record<RequiredDocumentStatus, number>;
}

/** The required-documents register over one set of dependencies. */
export const createRequiredDocumentsService = (deps: ServiceDeps) => ({
  /** All catalog items in order, each with its status and what fulfils it or is on the way. */
  async register(actor: Actor, organizationId: string): Promise<RequiredDocumentsRegister> {
    const db = reader(deps);
    await authorize(db, actor, organizationId, 'aims.read');
    const today = calendarDateOf(deps.clock.now());
    const documents = await listDocuments(db, { organizationId });
    const ids = documents.map((document) => document.id);
    const summaries = await liveVersionSummaries(db, organizationId, ids);
    const scope = await scopeFacts(db, organizationId);
    const objectives = await objectiveFacts(db, organizationId);
    const items = deriveRequiredDocuments(CATALOG.requiredDocuments, {
      documents: documents.map((document) => ({
        document,
        state: documentState(document, summaries.get(document.id) ?? [], today),
      })),
      ...scope,
      ...objectives,
    });
    return { items, summary: countByStatus(items) };
  },
});

export type RequiredDocumentsService = ReturnType<typeof createRequiredDocumentsService>;

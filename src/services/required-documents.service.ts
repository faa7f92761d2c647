/**
 * The required-documents register: each item of documented information in
 * the catalog, with whether the organization has it in force, is working on
 * it, or lacks it, and the records that show it; coverage counts the
 * required items only. Also exported as CSV or XLSX.
 */
import { CATALOG } from '../domain/catalog/index.js';
import { canReadDocument } from '../domain/document/control.js';
import { documentState } from '../domain/document/status.js';
import {
  deriveRequiredDocuments,
  summarizeRequiredDocuments,
} from '../domain/document/required-documents.js';
import type {
  RequiredDocumentEntry,
  RequiredDocumentsSummary,
} from '../domain/document/required-documents.js';
import { calendarDateOf } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import { listDocuments, liveVersionSummaries } from '../storage/document.repository.js';
import { objectiveFacts, scopeFacts } from '../storage/facts.repository.js';
import { authorize } from './authorization.js';
import type { OrgAccess } from './authorization.js';
import { reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { readerOf } from './registers/document.service.js';
import { requiredDocumentExportColumns } from './registers/required-document-table.js';
import type { TableFormat } from './tabular/read-table.js';
import { writeTable } from './tabular/write-table.js';
import type { ExportFile } from './tabular/write-table.js';

export interface RequiredDocumentsRegister {
  readonly items: RequiredDocumentEntry[];
  readonly summary: RequiredDocumentsSummary;
}

const registerOf = async (
  db: Executor,
  actor: Actor,
  access: OrgAccess,
  today: string,
): Promise<RequiredDocumentsRegister> => {
  const organizationId = access.organization.id;
  const documentReader = readerOf(actor, access);
  const documents = await listDocuments(db, { organizationId });
  const ids = documents.map((document) => document.id);
  const summaries = await liveVersionSummaries(db, organizationId, ids);
  const scope = await scopeFacts(db, organizationId);
  const objectives = await objectiveFacts(db, organizationId);
  const items = deriveRequiredDocuments(CATALOG.requiredDocuments, {
    documents: documents.map((document) => ({
      document,
      state: documentState(document, summaries.get(document.id) ?? [], today),
      isReadable: canReadDocument(document, documentReader),
    })),
    ...scope,
    ...objectives,
  });
  return { items, summary: summarizeRequiredDocuments(items) };
};

/** The required-documents register over one set of dependencies. */
export const createRequiredDocumentsService = (deps: ServiceDeps) => ({
  /** All catalog items in order, each with its status and what fulfils it or is on the way. */
  async register(actor: Actor, organizationId: string): Promise<RequiredDocumentsRegister> {
    const db = reader(deps);
    const access = await authorize(db, actor, organizationId, 'aims.read');
    return registerOf(db, actor, access, calendarDateOf(deps.clock.now()));
  },

  /** The register as a CSV or XLSX file, one row per catalog item. */
  async exportOf(actor: Actor, organizationId: string, format: TableFormat): Promise<ExportFile> {
    const db = reader(deps);
    const access = await authorize(db, actor, organizationId, 'aims.read');
    const today = calendarDateOf(deps.clock.now());
    const { items } = await registerOf(db, actor, access, today);
    const sheet = { name: 'Required documents', fileStem: 'required-documents', date: today };
    return writeTable(format, sheet, requiredDocumentExportColumns, items);
  },
});

export type RequiredDocumentsService = ReturnType<typeof createRequiredDocumentsService>;

/**
 * Retired documents whose retention period has run out (ISO/IEC 42001
 * clause 7.5.3: retention and disposition), across every organization, for
 * a job that reminds owners to destroy, archive, transfer or review them.
 * The due date is the one the document row keeps (see document.repository).
 */
import type { Disposition } from '../domain/document/control.js';
import type { Executor } from './database.js';

export interface DocumentDueForDisposition {
  readonly organizationId: string;
  readonly documentId: string;
  readonly title: string;
  readonly referenceNumber: string | null;
  readonly ownerUserId: string | null;
  readonly disposition: Disposition | null;
  /** YYYY-MM-DD */
  readonly dispositionDueDate: string;
}

/** Documents due for disposition on or before `today` (YYYY-MM-DD), earliest first. */
export const listDocumentsDueForDisposition = async (
  db: Executor,
  today: string,
): Promise<DocumentDueForDisposition[]> => {
  const rows = await db
    .selectFrom('document')
    .select([
      'organization_id',
      'id',
      'title',
      'reference_number',
      'owner_user_id',
      'disposition',
      'disposition_due_date',
    ])
    .where('disposition_due_date', 'is not', null)
    .where('disposition_due_date', '<=', today)
    .orderBy('disposition_due_date')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    organizationId: row.organization_id,
    documentId: row.id,
    title: row.title,
    referenceNumber: row.reference_number,
    ownerUserId: row.owner_user_id,
    disposition: row.disposition as Disposition | null,
    dispositionDueDate: row.disposition_due_date ?? today,
  }));
};

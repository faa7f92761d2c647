/**
 * The evidence index an auditor asks for first at Stage 2: for every
 * control, the evidence that supports it with its version, SHA-256 (or
 * address), evidence date, valid-until date and freshness today; evidence
 * that supports no control comes last. CSV or XLSX.
 */
import { CONTROL_IDS, findControl } from '../domain/catalog/index.js';
import { EVIDENCE_FRESHNESS_LABELS, freshnessOf } from '../domain/evidence/freshness.js';
import { naturalSortKey } from '../domain/text/natural-sort.js';
import { calendarDateOf } from '../domain/validation.js';
import { evidenceIndexRows } from '../storage/evidence.repository.js';
import type { EvidenceIndexRow } from '../storage/evidence.repository.js';
import { listMembers } from '../storage/organization.repository.js';
import { authorize } from './authorization.js';
import { actorLabel, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { evidenceSettingsOf } from './evidence-settings.js';
import type { TableFormat } from './tabular/read-table.js';
import { writeTable } from './tabular/write-table.js';
import type { ExportColumn, ExportFile } from './tabular/write-table.js';

interface IndexLine extends EvidenceIndexRow {
  readonly freshness: string;
  readonly ownerEmail: string;
}

const ANNEX_A_ORDER = new Map<string, number>(CONTROL_IDS.map((id, index) => [id, index]));

/** Annex A controls in catalog order, then the organization's own by reference, then none. */
const controlOrder = (row: EvidenceIndexRow): string => {
  if (row.control === null) return '3';
  const annex = ANNEX_A_ORDER.get(row.control);
  return annex !== undefined
    ? `1${String(annex).padStart(3, '0')}`
    : `2${naturalSortKey(row.control)}`;
};

const COLUMNS: readonly ExportColumn<IndexLine>[] = [
  { header: 'Control', width: 14, value: (row) => row.control ?? '' },
  {
    header: 'Control title',
    width: 40,
    value: (row) =>
      row.controlTitle ?? (row.control === null ? '' : (findControl(row.control)?.title ?? '')),
  },
  { header: 'Evidence', width: 40, value: (row) => row.title },
  { header: 'Kind', width: 8, value: (row) => row.kind },
  { header: 'Version', width: 9, value: (row) => row.version },
  { header: 'SHA-256', width: 66, type: 'text', value: (row) => row.sha256 ?? '' },
  { header: 'Address', width: 40, type: 'text', value: (row) => row.url ?? '' },
  { header: 'Evidence date', width: 14, value: (row) => row.evidenceDate },
  { header: 'Valid until', width: 14, value: (row) => row.validUntil ?? '' },
  { header: 'Freshness', width: 12, value: (row) => row.freshness },
  { header: 'Owner', width: 30, value: (row) => row.ownerEmail },
];

/** The evidence index of an organization as a CSV or XLSX file. */
export const exportEvidenceIndex = async (
  deps: ServiceDeps,
  actor: Actor,
  organizationId: string,
  format: TableFormat,
): Promise<ExportFile> => {
  const db = reader(deps);
  const access = await authorize(db, actor, organizationId, 'aims.read');
  const today = calendarDateOf(deps.clock.now());
  const { expiringDays } = evidenceSettingsOf(deps);
  const emails = new Map((await listMembers(db, organizationId)).map((m) => [m.userId, m.email]));
  const rows = (await evidenceIndexRows(db, organizationId))
    .map((row) => ({
      ...row,
      freshness: EVIDENCE_FRESHNESS_LABELS[freshnessOf(row.validUntil, today, expiringDays)],
      ownerEmail: row.ownerUserId === null ? '' : (emails.get(row.ownerUserId) ?? ''),
    }))
    .sort(
      (a, b) =>
        controlOrder(a).localeCompare(controlOrder(b)) ||
        a.title.localeCompare(b.title) ||
        a.evidenceId.localeCompare(b.evidenceId),
    );
  return writeTable(
    format,
    {
      name: 'Evidence index',
      fileStem: 'evidence-index',
      date: today,
      origin: {
        organization: access.organization.name,
        register: 'Evidence index',
        exportedBy: actorLabel(actor),
        exportedAt: now(deps),
      },
    },
    COLUMNS,
    rows,
  );
};

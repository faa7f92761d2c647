/**
 * The Statement of Applicability as a file an auditor reads: XLSX or CSV
 * with one row per control (the columns auditors expect), or the PDF; of the
 * live SoA or of one version. People appear by name; evidence with its
 * date, freshness and the start of its SHA-256.
 */
import { SOA_APPLICABILITY_LABELS, SOA_IMPLEMENTATION_STATUS_LABELS } from '../domain/soa/index.js';
import type { SoaEntry, SoaVersionSummary } from '../domain/soa/index.js';
import { calendarDateOf } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import { listMembers } from '../storage/organization.repository.js';
import { listScopeVersions } from '../storage/scope.repository.js';
import { findUserById } from '../storage/user.repository.js';
import { soaPdf } from './pdf/soa-pdf.js';
import { evidenceText } from './soa-link-text.js';
import type { ExportColumn, ExportFile } from './tabular/write-table.js';
import { writeTable } from './tabular/write-table.js';

export const SOA_EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type SoaExportFormat = (typeof SOA_EXPORT_FORMATS)[number];

type NameOf = (userId: string | null) => string;

const list = (items: readonly string[]) => items.join('\n');

/** The columns of the XLSX and CSV files, in order. */
export const soaExportColumns = (nameOf: NameOf): ExportColumn<SoaEntry>[] => [
  { header: 'Control', width: 10, type: 'text', value: (entry) => entry.controlId },
  { header: 'Title', width: 40, value: (entry) => entry.title },
  {
    header: 'Objective',
    width: 36,
    value: (entry) => `${entry.objectiveId} ${entry.objectiveTitle}`,
  },
  {
    header: 'Source',
    width: 14,
    value: (entry) => (entry.source === 'annex_a' ? 'Annex A' : 'Organization'),
  },
  {
    header: 'Applicable',
    width: 14,
    value: (entry) => SOA_APPLICABILITY_LABELS[entry.applicability],
  },
  { header: 'Justification', width: 60, value: (entry) => entry.justification },
  {
    header: 'Implementation status',
    width: 22,
    value: (entry) => SOA_IMPLEMENTATION_STATUS_LABELS[entry.implementationStatus],
  },
  { header: 'Owner', width: 24, value: (entry) => nameOf(entry.ownerUserId) },
  { header: 'Review date', width: 14, value: (entry) => entry.reviewDate },
  { header: 'Review due', width: 12, value: (entry) => entry.isReviewDue },
  {
    header: 'Linked risks',
    width: 50,
    value: (entry) =>
      list(
        entry.links.risks.map(
          (risk) => `${risk.statement} [${risk.status}${risk.level ? `, ${risk.level}` : ''}]`,
        ),
      ),
  },
  {
    header: 'Linked treatment actions',
    width: 50,
    value: (entry) =>
      list(
        entry.links.treatmentActions.map(
          (action) =>
            `${action.title} [${action.status}${action.dueDate ? `, due ${action.dueDate}` : ''}]`,
        ),
      ),
  },
  {
    header: 'Linked measures',
    width: 50,
    value: (entry) =>
      list(
        entry.links.measures.map(
          (measure) =>
            `${measure.aiSystemName} ${measure.measureId}: ${measure.description} [${measure.status}]`,
        ),
      ),
  },
  {
    header: 'Evidence',
    width: 60,
    value: (entry) => list(entry.links.evidence.map(evidenceText)),
  },
];

/** A person's name: a member's, else the account's (they may have left); blank for nobody. */
const namesOf = async (
  db: Executor,
  organizationId: string,
  userIds: readonly (string | null)[],
) => {
  const names = new Map(
    (await listMembers(db, organizationId)).map((member) => [member.userId, member.name]),
  );
  for (const id of new Set(userIds)) {
    if (id !== null && !names.has(id)) names.set(id, (await findUserById(db, id))?.name ?? '');
  }
  return (userId: string | null) => (userId === null ? '' : (names.get(userId) ?? ''));
};

/** The scope version the SoA applies to, for the cover: the approved one. */
const scopeVersionText = async (db: Executor, organizationId: string) => {
  const approved = (await listScopeVersions(db, organizationId)).find(
    (version) => version.status === 'approved',
  );
  return approved
    ? `${approved.version}${approved.approvedAt ? ` (approved ${approved.approvedAt.slice(0, 10)})` : ''}`
    : 'No approved scope';
};

export interface SoaExportInput {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly entries: readonly SoaEntry[];
  readonly version: SoaVersionSummary | null;
  readonly exportedBy: string;
  readonly exportedAt: string;
}

const STATUS_TEXT: Readonly<Record<string, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved (in force)',
  superseded: 'Superseded',
};

/** The file of the SoA in the format asked for, named after the version or the day. */
export const renderSoaExport = async (
  db: Executor,
  format: SoaExportFormat,
  input: SoaExportInput,
): Promise<ExportFile> => {
  const { version } = input;
  const nameOf = await namesOf(db, input.organizationId, [
    ...input.entries.map((entry) => entry.ownerUserId),
    version?.approvedByUserId ?? null,
  ]);
  const stem =
    version === null
      ? 'statement-of-applicability'
      : `statement-of-applicability-v${version.version}`;
  const date = calendarDateOf(new Date(input.exportedAt));
  if (format === 'pdf') {
    const content = await soaPdf({
      organizationName: input.organizationName,
      scopeVersion: await scopeVersionText(db, input.organizationId),
      soaVersion: version === null ? 'Live (not a version)' : String(version.version),
      status:
        version === null
          ? 'Live: not approved as a version'
          : (STATUS_TEXT[version.status] ?? version.status),
      approvedBy: version?.approvedByUserId ? nameOf(version.approvedByUserId) : null,
      approvedAt: version?.approvedAt ?? null,
      publishedAt: version?.publishedAt ?? null,
      generatedAt: input.exportedAt,
      entries: input.entries,
      userName: (userId) => nameOf(userId) || '—',
    });
    return { content, contentType: 'application/pdf', fileName: `${stem}-${date}.pdf` };
  }
  return writeTable(
    format,
    {
      name: 'Statement of Applicability',
      fileStem: stem,
      date,
      extraSheets: [
        {
          name: 'About',
          headers: ['Field', 'Value'],
          widths: [20, 60],
          rows: [
            ['Organization', input.organizationName],
            ['SoA version', version === null ? 'Live (not a version)' : String(version.version)],
            ['Status', version === null ? 'Live' : (STATUS_TEXT[version.status] ?? version.status)],
            ['Approved by', version?.approvedByUserId ? nameOf(version.approvedByUserId) : ''],
            ['Approved at', version?.approvedAt ?? ''],
            ['Controls', String(input.entries.length)],
            ['Exported by', input.exportedBy],
            ['Exported at (UTC)', input.exportedAt],
          ],
        },
      ],
    },
    soaExportColumns(nameOf),
    input.entries,
  );
};

/**
 * The Statement of Applicability as a PDF (ISO/IEC 42001 6.1.3 d): a cover
 * with the organization, the scope version it applies to, the SoA version
 * and its approval (or "Draft — not approved"), then one table per control
 * objective in Annex A order, whose header row repeats on every page, and
 * "Page n of m" at the foot of each page (the kit's frame).
 */
import {
  SOA_APPLICABILITY_LABELS,
  SOA_IMPLEMENTATION_STATUS_LABELS,
  SOA_OBJECTIVES,
} from '../../domain/soa/index.js';
import type { SoaEntry } from '../../domain/soa/index.js';
import {
  coverBlock,
  dataTable,
  framedDocument,
  heading,
  paragraph,
  renderPdf,
} from './pdf-document.js';
import { evidenceText } from '../soa-link-text.js';
import type { PdfContent, TableColumn } from './pdf-document.js';

export const SOA_PDF_TITLE = 'Statement of Applicability';

export const SOA_PDF_COLUMNS: readonly TableColumn[] = [
  { header: 'Control', width: 44 },
  { header: 'Title', width: 110 },
  { header: 'Applicable', width: 58 },
  { header: 'Justification', width: '*' },
  { header: 'Status', width: 64 },
  { header: 'Owner', width: 80 },
  { header: 'Linked risks and treatment', width: 170 },
];

export interface SoaPdfInput {
  readonly organizationName: string;
  /** Such as "3 (approved 2026-11-30)", or a note that no scope is approved. */
  readonly scopeVersion: string;
  /** Such as "2", or "Live (not a version)". */
  readonly soaVersion: string;
  readonly status: string;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
  readonly publishedAt: string | null;
  readonly generatedAt: string;
  readonly entries: readonly SoaEntry[];
  readonly userName: (userId: string | null) => string;
}

const linksText = (entry: SoaEntry): string => {
  const { risks, treatmentActions, measures, evidence } = entry.links;
  const lines = [
    ...risks.map((risk) => `Risk: ${risk.statement} (${risk.status.replace(/_/g, ' ')})`),
    ...treatmentActions.map(
      (action) =>
        `Action: ${action.title} (${action.status.replace(/_/g, ' ')}${action.dueDate ? `, due ${action.dueDate}` : ''})`,
    ),
    ...measures.map(
      (measure) => `Measure ${measure.measureId} (${measure.aiSystemName}): ${measure.description}`,
    ),
    ...evidence.map((item) => `Evidence: ${evidenceText(item)}`),
  ];
  return lines.length === 0 ? '—' : lines.join('\n');
};

const rowOf =
  (userName: SoaPdfInput['userName']) =>
  (entry: SoaEntry): string[] => [
    entry.controlId,
    entry.title,
    SOA_APPLICABILITY_LABELS[entry.applicability],
    entry.justification === ''
      ? '—'
      : entry.reviewDate
        ? `${entry.justification}\n(review by ${entry.reviewDate}${entry.isReviewDue ? ': due' : ''})`
        : entry.justification,
    SOA_IMPLEMENTATION_STATUS_LABELS[entry.implementationStatus],
    userName(entry.ownerUserId),
    linksText(entry),
  ];

export const soaPdfDefinition = (input: SoaPdfInput) => {
  const cover = coverBlock({
    title: SOA_PDF_TITLE,
    organizationName: input.organizationName,
    version: input.soaVersion,
    approver: input.approvedBy,
    approvalDate: input.approvedAt?.slice(0, 10) ?? null,
    extraLines: [
      ['Scope version', input.scopeVersion],
      ['Status', input.status],
      [
        'Published',
        input.publishedAt === null ? 'No' : `Yes, on ${input.publishedAt.slice(0, 10)}`,
      ],
      ['Generated', `${input.generatedAt.slice(0, 16).replace('T', ' ')} UTC`],
      ['Controls', String(input.entries.length)],
    ],
  });
  const groups: PdfContent[] = SOA_OBJECTIVES.flatMap((objective, index) => {
    const entries = input.entries.filter((entry) => entry.objectiveId === objective.id);
    if (entries.length === 0) return [];
    return [
      heading(
        `${objective.id === 'ORG' ? '' : `${objective.id} `}${objective.title}`,
        index === 0 ? { pageBreak: 'before', pageOrientation: 'landscape' } : {},
      ),
      dataTable(SOA_PDF_COLUMNS, entries.map(rowOf(input.userName))),
    ];
  });
  return framedDocument({
    title: `${SOA_PDF_TITLE} — ${input.organizationName}, version ${input.soaVersion}`,
    author: input.organizationName,
    subject: SOA_PDF_TITLE,
    generatedAt: new Date(input.generatedAt),
    content: [
      ...cover,
      paragraph(
        'Every Annex A control of ISO/IEC 42001:2023 and every control of the organization, with the decision whether it applies, why, how far it is implemented, and the risks, treatment actions and impact measures that link it.',
      ),
      ...groups,
    ],
  });
};

export const soaPdf = (input: SoaPdfInput): Promise<Buffer> => renderPdf(soaPdfDefinition(input));

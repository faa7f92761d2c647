/**
 * The AI system impact assessment as a PDF: the documented result that
 * ISO/IEC 42001 6.1.4, 8.4 and A.5.3 ask to retain, laid out as the record
 * ISO/IEC 42005 clause 6 describes. A cover with the approval (or "Draft —
 * not approved"), then every section under its heading, the interested
 * parties, impacts and measures as tables whose header repeats on each page,
 * and the impact profile (harms and benefits by category and severity).
 */
import {
  IMPACT_AFFECTED_LABELS,
  IMPACT_CATEGORY_LABELS,
  IMPACT_NATURE_LABELS,
  IMPACT_RATINGS,
  IMPACT_REVERSIBILITY_LABELS,
  IMPACT_SCALE_LABELS,
  IMPACT_TRIGGER_LABELS,
  MEASURE_STATUS_LABELS,
  impactProfile,
} from '../../domain/impact/index.js';
import type {
  Impact,
  ImpactAssessmentContent,
  ImpactMeasure,
  ImpactProfileRow,
} from '../../domain/impact/index.js';
import type { VersionStatus } from '../../domain/approval/approval.js';
import {
  coverBlock,
  dataTable,
  framedDocument,
  heading,
  keyValueTable,
  paragraph,
  renderPdf,
  subheading,
} from './pdf-document.js';
import type { HeadingPlacement, PdfContent, TableColumn } from './pdf-document.js';

/** The section headings, in the order the document shows them. */
export const IMPACT_ASSESSMENT_PDF_SECTIONS = [
  'Scope',
  'Trigger',
  'System description',
  'Purpose and intended uses',
  'Reasonably foreseeable misuse',
  'Data and data quality',
  'Algorithm and model',
  'Deployment environment',
  'Interested parties affected',
  'Impacts',
  'Measures',
  'Thresholds for sensitive or restricted uses',
  'Impact profile',
  'Review and retention',
] as const;
type Section = (typeof IMPACT_ASSESSMENT_PDF_SECTIONS)[number];

export const IMPACT_ASSESSMENT_PDF_TITLE = 'AI system impact assessment';

export const IMPACT_TABLE_COLUMNS: readonly TableColumn[] = [
  { header: 'ID', width: 42 },
  { header: 'Impact', width: '*' },
  { header: 'Affects', width: 80 },
  { header: 'Nature', width: 40 },
  { header: 'Category', width: 90 },
  { header: 'Likelihood', width: 42 },
  { header: 'Severity', width: 36 },
  { header: 'Reversibility', width: 60 },
  { header: 'Scale', width: 70 },
];

export const MEASURE_TABLE_COLUMNS: readonly TableColumn[] = [
  { header: 'ID', width: 42 },
  { header: 'Addresses', width: 48 },
  { header: 'Measure', width: '*' },
  { header: 'Owner', width: 110 },
  { header: 'Due', width: 52 },
  { header: 'Status', width: 60 },
  { header: 'Annex A', width: 48 },
];

const STATUS_LABELS: Readonly<Record<VersionStatus, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  superseded: 'Superseded',
};

export interface ImpactAssessmentPdfInput {
  readonly organizationName: string;
  readonly aiSystemName: string;
  readonly version: number;
  readonly status: VersionStatus;
  /** The name of the person who prepared the version. */
  readonly preparedBy: string;
  /** The approver's name, or null while the version is not approved. */
  readonly approvedBy: string | null;
  /** When it was approved (a timestamp or a date), or null. */
  readonly approvedAt: string | null;
  readonly content: ImpactAssessmentContent;
  /** When the document is issued (a timestamp): printed on the cover and stored as its creation date. */
  readonly generatedAt: string;
  /** People's names by user id, for the owners of measures; an unknown id is shown as is. */
  readonly userNames?: Readonly<Record<string, string>> | undefined;
}

const dash = (value: string | number | null) => (value === null ? '—' : String(value));

const labelOf = <K extends string>(labels: Readonly<Record<K, string>>, value: K | null) =>
  value === null ? '—' : labels[value];

const impactRow = (impact: Impact): string[] => [
  impact.id,
  impact.description,
  impact.affects.map((group) => IMPACT_AFFECTED_LABELS[group]).join(', ') || '—',
  labelOf(IMPACT_NATURE_LABELS, impact.nature),
  labelOf(IMPACT_CATEGORY_LABELS, impact.category),
  dash(impact.likelihood),
  dash(impact.severity),
  labelOf(IMPACT_REVERSIBILITY_LABELS, impact.reversibility),
  labelOf(IMPACT_SCALE_LABELS, impact.scale),
];

const measureRow =
  (userNames: Readonly<Record<string, string>>) =>
  (measure: ImpactMeasure): string[] => [
    measure.id,
    dash(measure.impactId),
    measure.description,
    measure.ownerUserId === null ? '—' : (userNames[measure.ownerUserId] ?? measure.ownerUserId),
    dash(measure.dueDate),
    MEASURE_STATUS_LABELS[measure.status],
    measure.annexAControlIds.length === 0 ? '—' : measure.annexAControlIds.join(', '),
  ];

const PROFILE_COLUMNS: readonly TableColumn[] = [
  { header: 'Category', width: '*' },
  ...IMPACT_RATINGS.map((rating) => ({ header: `Severity ${rating}`, width: 50 })),
  { header: 'Total', width: 40 },
];

const profileRows = (rows: readonly ImpactProfileRow[]) =>
  rows.map((row) => [
    row.label,
    ...IMPACT_RATINGS.map((rating) => String(row.bySeverity[rating])),
    String(row.total),
  ]);

const profileSection = (content: ImpactAssessmentContent): PdfContent[] => {
  const profile = impactProfile(content);
  return [
    subheading(`Harms (${profile.harmTotal})`),
    dataTable(PROFILE_COLUMNS, profileRows(profile.harms)),
    subheading(`Benefits (${profile.benefitTotal})`),
    dataTable(PROFILE_COLUMNS, profileRows(profile.benefits)),
    ...(profile.unclassified === 0
      ? []
      : [
          paragraph(
            `${profile.unclassified} impact(s) not counted: nature, category or severity not set.`,
          ),
        ]),
  ];
};

const sectionBodies = (
  input: ImpactAssessmentPdfInput,
): Readonly<Record<Section, readonly PdfContent[]>> => {
  const { content } = input;
  return {
    Scope: [paragraph(content.scope)],
    Trigger: [paragraph(content.trigger === null ? '' : IMPACT_TRIGGER_LABELS[content.trigger])],
    'System description': [paragraph(content.systemDescription)],
    'Purpose and intended uses': [
      subheading('Purpose'),
      paragraph(content.purpose),
      subheading('Intended uses'),
      paragraph(content.intendedUses),
    ],
    'Reasonably foreseeable misuse': [paragraph(content.foreseeableMisuse)],
    'Data and data quality': [paragraph(content.dataAndDataQuality)],
    'Algorithm and model': [paragraph(content.algorithmAndModel)],
    'Deployment environment': [paragraph(content.deploymentEnvironment)],
    'Interested parties affected': [
      dataTable(
        [
          { header: 'Interested party', width: 140 },
          { header: 'How it is affected' },
          { header: 'Vulnerable group', width: 60 },
        ],
        content.interestedParties.map((party) => [
          party.name,
          party.description,
          party.isVulnerableGroup ? 'Yes' : 'No',
        ]),
      ),
    ],
    Impacts: [dataTable(IMPACT_TABLE_COLUMNS, content.impacts.map(impactRow))],
    Measures: [
      dataTable(MEASURE_TABLE_COLUMNS, content.measures.map(measureRow(input.userNames ?? {}))),
    ],
    'Thresholds for sensitive or restricted uses': [paragraph(content.thresholds)],
    'Impact profile': profileSection(content),
    'Review and retention': [
      keyValueTable([
        ['Next review', dash(content.nextReviewDate)],
        ['Retention', content.retention === '' ? '—' : content.retention],
      ]),
    ],
  };
};

/**
 * The sections start after the cover; the wide impact and measure tables get
 * landscape pages of their own, so an impact's description has room.
 */
const SECTION_PLACEMENT: Partial<Record<Section, HeadingPlacement>> = {
  Scope: { pageBreak: 'before' },
  Impacts: { pageBreak: 'before', pageOrientation: 'landscape' },
  'Thresholds for sensitive or restricted uses': {
    pageBreak: 'before',
    pageOrientation: 'portrait',
  },
};

const dateOf = (instant: string) => instant.slice(0, 10);
const minuteOf = (instant: string) => `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;

/** The definition of the document, before rendering (exposed for tests and previews). */
export const impactAssessmentPdfDefinition = (input: ImpactAssessmentPdfInput) => {
  const bodies = sectionBodies(input);
  const cover = coverBlock({
    title: IMPACT_ASSESSMENT_PDF_TITLE,
    organizationName: input.organizationName,
    version: String(input.version),
    approver: input.approvedBy,
    approvalDate: input.approvedAt === null ? null : dateOf(input.approvedAt),
    extraLines: [
      ['AI system', input.aiSystemName],
      ['Status', STATUS_LABELS[input.status]],
      ['Prepared by', input.preparedBy],
      ['Generated', minuteOf(input.generatedAt)],
    ],
  });
  const sections = IMPACT_ASSESSMENT_PDF_SECTIONS.flatMap((section) => [
    heading(section, SECTION_PLACEMENT[section]),
    ...bodies[section],
  ]);
  return framedDocument({
    title: `${IMPACT_ASSESSMENT_PDF_TITLE} — ${input.aiSystemName}, version ${input.version}`,
    author: input.organizationName,
    subject: input.aiSystemName,
    generatedAt: new Date(input.generatedAt),
    content: [...cover, ...sections],
  });
};

/** The impact assessment version as a PDF file. */
export const impactAssessmentPdf = (input: ImpactAssessmentPdfInput): Promise<Buffer> =>
  renderPdf(impactAssessmentPdfDefinition(input));

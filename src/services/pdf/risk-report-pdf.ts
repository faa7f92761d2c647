/**
 * The AI risk report as a PDF (ISO/IEC 42001 6.1.2, 6.1.3, 8.2 and 8.3: the
 * documented results of risk assessment and treatment): the heat maps of the
 * open risks, inherent and residual side by side, each cell in its level's
 * colour with its count; the risk trend as stacked bars with the figures
 * beneath; and the register itself on landscape pages.
 */
import type { Content } from 'pdfmake';
import type { CountedCell } from '../../domain/risk/heat-map-counts.js';
import type { RiskTrendMonth } from '../../domain/risk/risk-trend.js';
import {
  coverBlock,
  dataTable,
  framedDocument,
  heading,
  paragraph,
  renderPdf,
  subheading,
} from './pdf-document.js';
import type { PdfContent, TableColumn } from './pdf-document.js';

export const RISK_REPORT_PDF_TITLE = 'AI risk report';

export const RISK_REPORT_PDF_SECTIONS = ['Heat map', 'Risk trend', 'Risk register'] as const;

export interface RiskReportLevel {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

export interface RiskReportGrid {
  /** `cells[likelihood - 1][consequence - 1]`. */
  readonly cells: readonly (readonly CountedCell[])[];
  readonly total: number;
}

export interface RiskReportRow {
  readonly statement: string;
  readonly kind: string;
  readonly owner: string;
  readonly inherent: string;
  readonly residual: string;
  readonly treatment: string;
  readonly status: string;
  readonly reviewDate: string;
  readonly acceptedUntil: string;
}

export interface RiskReportPdfInput {
  readonly organizationName: string;
  readonly generatedAt: string;
  /** Null while no risk criteria are approved: the heat maps are left out. */
  readonly criteria: {
    readonly version: number;
    readonly likelihood: readonly { readonly value: number; readonly label: string }[];
    readonly consequence: readonly { readonly value: number; readonly label: string }[];
    readonly levels: readonly RiskReportLevel[];
    readonly thresholdLabel: string;
    readonly inherent: RiskReportGrid;
    readonly residual: RiskReportGrid;
  } | null;
  readonly unscored: number;
  readonly awaitingReassessment: number;
  readonly trend: {
    readonly months: readonly { readonly month: string; readonly figures: RiskTrendMonth | null }[];
    readonly levels: readonly RiskReportLevel[];
    readonly currentMonth: string;
  };
  readonly risks: readonly RiskReportRow[];
}

/** Black or white, whichever reads better on the colour (`#rrggbb`). */
export const textColourOn = (colour: string): '#000000' | '#ffffff' => {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
  if (hex === undefined) return '#000000';
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#000000' : '#ffffff';
};

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** "Dec 2026" for "2026-12". */
export const monthName = (month: string): string =>
  `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;

const small = { fontSize: 7 } as const;

/** One heat map: likelihood from highest (top) to lowest, consequence from left to right. */
const gridTable = (
  title: string,
  grid: RiskReportGrid,
  criteria: NonNullable<RiskReportPdfInput['criteria']>,
): Content => {
  const rows = [...grid.cells].reverse().map((row, index) => {
    const likelihood = criteria.likelihood[criteria.likelihood.length - 1 - index];
    return [
      {
        text: likelihood ? `${likelihood.value} ${likelihood.label}` : '',
        ...small,
        alignment: 'right' as const,
      },
      ...row.map((cell) => ({
        text: cell.count === 0 ? '' : String(cell.count),
        fillColor: cell.colour,
        color: textColourOn(cell.colour),
        bold: true,
        alignment: 'center' as const,
        margin: [0, 6, 0, 6] as [number, number, number, number],
      })),
    ];
  });
  const consequenceRow = [
    { text: '', ...small },
    ...criteria.consequence.map((step) => ({
      text: step.label,
      ...small,
      alignment: 'center' as const,
    })),
  ];
  return {
    stack: [
      subheading(`${title} (${grid.total} open)`),
      { text: 'Likelihood (rows) against consequence (columns)', ...small, color: '#555555' },
      {
        table: {
          widths: [52, ...criteria.consequence.map(() => '*')],
          body: [...rows, consequenceRow],
        },
        layout: {
          hLineColor: () => '#ffffff',
          vLineColor: () => '#ffffff',
          hLineWidth: () => 1.5,
          vLineWidth: () => 1.5,
        },
        margin: [0, 4, 0, 0],
      },
    ],
  };
};

const heatMapSection = (input: RiskReportPdfInput): PdfContent[] => {
  const { criteria } = input;
  if (criteria === null)
    return [
      paragraph('', 'No risk criteria are approved yet, so no risk is placed on a heat map.'),
    ];
  return [
    paragraph(
      `Open risks against risk criteria version ${criteria.version}. Risks above ${criteria.thresholdLabel} need treatment or acceptance.`,
    ),
    {
      columns: [
        gridTable('Inherent', criteria.inherent, criteria),
        gridTable('Residual', criteria.residual, criteria),
      ],
      columnGap: 24,
      margin: [0, 4, 0, 8],
    },
    {
      text: criteria.levels.map((level, index) => ({
        text: `${index === 0 ? '' : '   '}■ ${level.label}`,
        color: level.colour,
      })),
      fontSize: 9,
    },
    paragraph(
      `${input.unscored} open risk(s) not scored yet; ${input.awaitingReassessment} scored against earlier criteria and awaiting re-assessment.`,
    ),
  ];
};

const CHART_WIDTH = 515;
const CHART_HEIGHT = 140;

/** Stacked bars drawn as rectangles, one slot per month, scaled to the highest month. */
const trendChart = (trend: RiskReportPdfInput['trend']): Content[] => {
  const slot = CHART_WIDTH / Math.max(1, trend.months.length);
  const barWidth = Math.min(28, slot * 0.6);
  const highest = Math.max(1, ...trend.months.map((entry) => entry.figures?.open ?? 0));
  const scale = CHART_HEIGHT / highest;
  const shapes = trend.months.flatMap(({ figures }, index) => {
    if (figures === null) return [];
    let top = CHART_HEIGHT;
    const segments = [
      ...trend.levels.map((level) => ({
        colour: level.colour,
        count: figures.levels.find((counted) => counted.key === level.key)?.count ?? 0,
      })),
      { colour: '#ced4da', count: figures.unscored },
    ];
    return segments
      .filter((segment) => segment.count > 0)
      .map((segment) => {
        const height = segment.count * scale;
        top -= height;
        return {
          type: 'rect' as const,
          x: index * slot + (slot - barWidth) / 2,
          y: top,
          w: barWidth,
          h: height,
          color: segment.colour,
        };
      });
  });
  const axis = {
    type: 'line' as const,
    x1: 0,
    y1: CHART_HEIGHT,
    x2: CHART_WIDTH,
    y2: CHART_HEIGHT,
    lineWidth: 0.5,
    lineColor: '#868e96',
  };
  return [
    { text: `Highest month: ${highest} open risk(s)`, ...small, color: '#555555' },
    { canvas: [axis, ...shapes], margin: [0, 4, 0, 2] },
    {
      columns: trend.months.map(({ month }) => ({
        text: monthName(month).replace(' 20', ' ’'),
        ...small,
        alignment: 'center' as const,
        width: slot,
      })),
      columnGap: 0,
      margin: [0, 0, 0, 8],
    },
  ];
};

const trendColumns = (trend: RiskReportPdfInput['trend']): TableColumn[] => [
  { header: 'Month', width: 70 },
  ...trend.levels.map((level) => ({ header: level.label, width: '*' as const })),
  { header: 'Not scored', width: 52 },
  { header: 'Open', width: 40 },
];

const trendRows = (trend: RiskReportPdfInput['trend']): string[][] =>
  [...trend.months].reverse().map(({ month, figures }) => {
    const name = `${monthName(month)}${month === trend.currentMonth ? ' (so far)' : ''}`;
    if (figures === null) return [name, ...trend.levels.map(() => '—'), '—', 'Not recorded'];
    return [
      name,
      ...trend.levels.map((level) =>
        String(figures.levels.find((counted) => counted.key === level.key)?.count ?? 0),
      ),
      String(figures.unscored),
      String(figures.open),
    ];
  });

const trendSection = (input: RiskReportPdfInput): PdfContent[] => [
  paragraph(
    'Open risks by current level (residual once assessed, inherent before), as recorded on the last day of each month; the month under way as it stands.',
  ),
  ...trendChart(input.trend),
  dataTable(trendColumns(input.trend), trendRows(input.trend)),
];

export const RISK_TABLE_COLUMNS: readonly TableColumn[] = [
  { header: 'Risk', width: '*' },
  { header: 'Kind', width: 50 },
  { header: 'Owner', width: 80 },
  { header: 'Inherent', width: 50 },
  { header: 'Residual', width: 50 },
  { header: 'Treatment', width: 50 },
  { header: 'Status', width: 62 },
  { header: 'Review', width: 52 },
  { header: 'Accepted until', width: 52 },
];

const registerSection = (input: RiskReportPdfInput): PdfContent[] => [
  paragraph(`${input.risks.length} risk(s) and opportunities, the severest current level first.`),
  dataTable(
    RISK_TABLE_COLUMNS,
    input.risks.map((risk) => [
      risk.statement,
      risk.kind,
      risk.owner,
      risk.inherent,
      risk.residual,
      risk.treatment,
      risk.status,
      risk.reviewDate,
      risk.acceptedUntil,
    ]),
    'No risk is registered yet.',
  ),
];

const minuteOf = (instant: string) => `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;

/** The definition of the document, before rendering (exposed for tests). */
export const riskReportPdfDefinition = (input: RiskReportPdfInput) => {
  const cover = coverBlock({
    title: RISK_REPORT_PDF_TITLE,
    organizationName: input.organizationName,
    version: `As of ${input.generatedAt.slice(0, 10)}`,
    approver: null,
    notApprovedText: 'A report of the register as it stands; it is not approved itself',
    approvalDate: null,
    extraLines: [
      [
        'Risk criteria',
        input.criteria === null ? 'None approved yet' : `Version ${input.criteria.version}`,
      ],
      ['Risks and opportunities', String(input.risks.length)],
      ['Generated', minuteOf(input.generatedAt)],
    ],
  });
  return framedDocument({
    title: `${RISK_REPORT_PDF_TITLE} — ${input.organizationName}`,
    author: input.organizationName,
    subject: 'AI risk assessment and treatment',
    generatedAt: new Date(input.generatedAt),
    content: [
      ...cover,
      heading('Heat map', { pageBreak: 'before' }),
      ...heatMapSection(input),
      heading('Risk trend', { pageBreak: 'before' }),
      ...trendSection(input),
      heading('Risk register', { pageBreak: 'before', pageOrientation: 'landscape' }),
      ...registerSection(input),
    ],
  });
};

/** The AI risk report as a PDF file. */
export const riskReportPdf = (input: RiskReportPdfInput): Promise<Buffer> =>
  renderPdf(riskReportPdfDefinition(input));

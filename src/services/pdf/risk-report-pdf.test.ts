import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/harness/pdf-text.js';
import { defaultRiskCriteria } from '../../domain/risk/default-criteria.js';
import { heatMapFromCounts } from '../../domain/risk/heat-map-counts.js';
import {
  monthsEndingWith,
  trendLegend,
  trendMonthOf,
  trendSeries,
} from '../../domain/risk/risk-trend.js';
import {
  RISK_REPORT_PDF_SECTIONS,
  monthName,
  riskReportPdf,
  riskReportPdfDefinition,
  textColourOn,
} from './risk-report-pdf.js';
import type { RiskReportPdfInput, RiskReportRow } from './risk-report-pdf.js';

const criteria = defaultRiskCriteria();
const scale = (levels: typeof criteria.likelihood.levels) =>
  levels.map(({ value, label }) => ({ value, label }));

const recorded = monthsEndingWith('2026-12', 12)
  .filter((month) => month !== '2026-03')
  .map((month, index) =>
    trendMonthOf({
      month,
      takenAt: `${month}-28T06:00:00.000Z`,
      levelsInForce: criteria.levels,
      levelsByCriteria: new Map(),
      counts: [
        { criteriaVersionId: 'c', level: 'low', count: index },
        { criteriaVersionId: 'c', level: 'critical', count: 11 - index },
      ],
      unscored: 1,
    }),
  );

const risks: RiskReportRow[] = Array.from({ length: 90 }, (_, index) => ({
  statement: `RISK-${String(index + 1).padStart(3, '0')} The claims model ranks some postcodes lower than comparable ones.`,
  kind: 'Risk',
  owner: index % 2 === 0 ? 'Ada Weber' : 'Jon Brandt',
  inherent: 'High',
  residual: 'Low',
  treatment: 'Modify',
  status: 'Treated',
  reviewDate: '2027-06-30',
  acceptedUntil: '—',
}));

const INPUT: RiskReportPdfInput = {
  organizationName: 'Northwind Mutual',
  generatedAt: '2026-12-07T09:30:00.000Z',
  criteria: {
    version: 2,
    likelihood: scale(criteria.likelihood.levels),
    consequence: scale(criteria.consequence.levels),
    levels: criteria.levels,
    thresholdLabel: 'Medium',
    inherent: heatMapFromCounts(criteria, [{ likelihood: 5, consequence: 5, count: 17 }]),
    residual: heatMapFromCounts(criteria, [{ likelihood: 1, consequence: 2, count: 23 }]),
  },
  unscored: 4,
  awaitingReassessment: 3,
  trend: {
    months: trendSeries(monthsEndingWith('2026-12', 12), recorded),
    levels: trendLegend(recorded),
    currentMonth: '2026-12',
  },
  risks,
};

describe('the AI risk report PDF', () => {
  it('renders the cover, the heat maps, the trend and the paged register', async () => {
    const result = await pdfText(await riskReportPdf(INPUT));
    const all = result.text;
    const cover = result.pages[0]?.text ?? '';
    for (const expected of [
      'AI risk report',
      'Northwind Mutual',
      'Risk criteria Version 2',
      'Risks and opportunities 90',
      'Generated 2026-12-07 09:30 UTC',
    ])
      expect(cover).toContain(expected);
    for (const section of RISK_REPORT_PDF_SECTIONS) expect(all).toContain(section);
    result.pages.forEach((page) =>
      expect(page.text).toContain(`Page ${page.num} of ${result.total}`),
    );
    expect(all).toContain('Inherent (17 open)');
    expect(all).toContain('Residual (23 open)');
    expect(all).toContain('4 open risk(s) not scored yet; 3 scored against earlier criteria');
    expect(all).toContain('Dec 2026 (so far)');
    expect(all).toContain('Mar 2026 — — — — — Not recorded');
    expect(all).toContain('RISK-001');
    expect(all).toContain('RISK-090');
    const header = 'Risk Kind Owner Inherent Residual Treatment Status Review';
    expect(result.pages.filter((page) => page.text.includes(header)).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('paints each heat-map cell in its level’s colour and draws a bar segment per level and month', () => {
    const definition = JSON.stringify(riskReportPdfDefinition(INPUT).content);
    for (const level of criteria.levels)
      expect(definition).toContain(`"fillColor":"${level.colour}"`);
    const critical = criteria.levels.find((level) => level.key === 'critical')?.colour ?? '';
    const bars = definition.split(`"type":"rect"`).length - 1;
    // 11 recorded months: low (10 of them non-zero), critical (all 11), not scored (all 11).
    expect(bars).toBe(10 + 11 + 11);
    expect(definition).toContain(`"color":"${critical}"`);
  });

  it('says so instead of drawing heat maps when no criteria are approved', async () => {
    const all = (await pdfText(await riskReportPdf({ ...INPUT, criteria: null }))).text;
    expect(all).toContain('No risk criteria are approved yet');
    expect(all).toContain('Risk criteria None approved yet');
  });

  it.each([
    ['#ffffff', '#000000'],
    ['#ffd43b', '#000000'],
    ['#c92a2a', '#ffffff'],
    ['#1864ab', '#ffffff'],
    ['not a colour', '#000000'],
  ])('writes on %s in %s', (fill, text) => {
    expect(textColourOn(fill)).toBe(text);
  });

  it('names months in English whatever the locale', () => {
    expect(monthName('2027-01')).toBe('Jan 2027');
    expect(monthName('2026-12')).toBe('Dec 2026');
  });
});

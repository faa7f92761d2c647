import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/harness/pdf-text.js';
import type {
  Impact,
  ImpactAssessmentContent,
  ImpactCategory,
  ImpactMeasure,
  ImpactRating,
} from '../../domain/impact/index.js';
import { IMPACT_CATEGORIES } from '../../domain/impact/index.js';
import { IMPACT_ASSESSMENT_PDF_SECTIONS, impactAssessmentPdf } from './impact-assessment-pdf.js';
import type { ImpactAssessmentPdfInput } from './impact-assessment-pdf.js';

const IMPACT_COUNT = 60;
const ratingOf = (index: number) => ((index % 5) + 1) as ImpactRating;

const impacts: Impact[] = Array.from({ length: IMPACT_COUNT }, (_, index) => ({
  id: `IMP-${String(index + 1).padStart(3, '0')}`,
  description: `Applicants in segment ${index + 1} may receive a lower credit score than comparable applicants because income data for that segment is sparse and older.`,
  affects: index % 3 === 0 ? ['individuals', 'groups'] : ['society'],
  nature: index % 4 === 3 ? 'benefit' : 'harm',
  category: IMPACT_CATEGORIES[index % IMPACT_CATEGORIES.length] as ImpactCategory,
  likelihood: ratingOf(index + 2),
  severity: ratingOf(index),
  reversibility: index % 2 === 0 ? 'partly_reversible' : 'reversible',
  scale: index % 2 === 0 ? 'large_group' : 'limited_group',
}));

const measures: ImpactMeasure[] = impacts
  .filter((impact) => impact.nature === 'harm')
  .map((impact, index) => ({
    id: `M-${String(index + 1).padStart(3, '0')}`,
    impactId: impact.id,
    description: `Monitor score disparity for ${impact.id} monthly and retrain when the gap exceeds two points.`,
    ownerUserId: index % 2 === 0 ? 'user-1' : 'user-2',
    dueDate: '2027-03-31',
    status: 'in_progress',
    annexAControlIds: ['A.5.4'],
  }));

const CONTENT: ImpactAssessmentContent = {
  scope: 'Credit scoring of retail loan applications in the EU branches.',
  trigger: 'significant_change',
  systemDescription: 'A gradient-boosted model that scores each application from 0 to 1000.',
  purpose: 'Rank applications so that credit officers review the riskiest first.',
  intendedUses: 'Decision support for trained credit officers.',
  foreseeableMisuse: 'Refusing applications automatically on the score alone.',
  dataAndDataQuality: 'Five years of applications; income is missing for 8 % of them.',
  algorithmAndModel: 'Gradient boosting, retrained monthly, explained with feature attributions.',
  deploymentEnvironment: 'Branches in Germany and Austria; German and English.',
  interestedParties: [
    { name: 'Applicants', description: 'Scored on every application', isVulnerableGroup: false },
    { name: 'Applicants over 75', description: 'Thin credit history', isVulnerableGroup: true },
  ],
  impacts,
  measures,
  thresholds: 'Any use deciding access to credit is a sensitive use and needs board approval.',
  nextReviewDate: '2027-12-01',
  retention: 'Until 2034-12-31 (seven years after the system is retired)',
};

const INPUT: ImpactAssessmentPdfInput = {
  organizationName: 'Northwind Bank AG',
  aiSystemName: 'Retail credit scorer',
  version: 3,
  status: 'approved',
  preparedBy: 'Dana Fischer',
  approvedBy: 'Morgan Keller',
  approvedAt: '2026-11-30T15:04:05.000Z',
  content: CONTENT,
  generatedAt: '2026-12-01T09:30:00.000Z',
  userNames: { 'user-1': 'Ada Weber', 'user-2': 'Jon Brandt' },
};

describe('impact assessment PDF', () => {
  it('renders the cover, every section, paged tables with repeated headers and page numbers', async () => {
    const buffer = await impactAssessmentPdf(INPUT);
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const result = await pdfText(buffer);
    const all = result.text;
    const total = result.total;
    expect(total).toBeGreaterThan(3);
    expect(result.pages).toHaveLength(total);

    const cover = result.pages[0]?.text ?? '';
    for (const expected of [
      'AI system impact assessment',
      'Northwind Bank AG',
      'Retail credit scorer',
      'Approved by Morgan Keller',
      'Approval date 2026-11-30',
      'Prepared by Dana Fischer',
      'Generated 2026-12-01 09:30 UTC',
    ]) {
      expect(cover).toContain(expected);
    }
    for (const section of IMPACT_ASSESSMENT_PDF_SECTIONS) expect(all).toContain(section);
    result.pages.forEach((page) => {
      expect(page.text).toContain(`Page ${page.num} of ${total}`);
    });
    expect(all).toContain('IMP-001');
    expect(all).toContain(`IMP-0${IMPACT_COUNT}`);
    expect(all).toContain('Ada Weber');

    const impactHeader = 'Affects Nature Category Likelihood Severity Reversibility Scale';
    const pagesWithImpactHeader = result.pages.filter((page) => page.text.includes(impactHeader));
    expect(pagesWithImpactHeader.length).toBeGreaterThanOrEqual(2);
    const measureHeader = 'Addresses Measure Owner Due Status';
    expect(result.pages.filter((page) => page.text.includes(measureHeader)).length).toBe(
      result.pages.filter((page) => /\bM-\d{3}\b/.test(page.text)).length,
    );
  });

  it('marks a version without an approval as a draft', async () => {
    const result = await pdfText(
      await impactAssessmentPdf({ ...INPUT, status: 'draft', approvedBy: null, approvedAt: null }),
    );
    const cover = result.pages[0]?.text ?? '';
    expect(cover).toContain('Draft — not approved');
    expect(cover).toContain('Status Draft');
    expect(cover).not.toContain('Morgan Keller');
  });

  it('gives the same bytes for the same input', async () => {
    const small = { ...INPUT, content: { ...CONTENT, impacts: impacts.slice(0, 3), measures: [] } };
    const [first, second] = await Promise.all([
      impactAssessmentPdf(small),
      impactAssessmentPdf(small),
    ]);
    expect(first.equals(second)).toBe(true);
  });
});

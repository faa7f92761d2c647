/**
 * What an AI system impact assessment must hold before it is approved
 * (ISO/IEC 42005 5.11; ISO/IEC 42001 6.1.4 and A.5.3): every section
 * written, at least one impact, each impact fully rated, every harm
 * addressed by a measure someone owns with a date it is due, and a date for
 * the next review (ISO/IEC 42005 5.12).
 */
import { DomainError } from '../errors.js';
import type { FieldIssue } from '../errors.js';
import { IMPACT_ASSESSMENT_TEXT_FIELDS, measuresOfImpact } from './impact-assessment.js';
import type { Impact, ImpactAssessmentContent, ImpactMeasure } from './impact-assessment.js';

const REQUIRED = 'is required before approval';

const impactIssues = (impact: Impact, index: number): FieldIssue[] => {
  const field = `impacts.${index}`;
  const missing = (
    [
      ['description', impact.description === ''],
      ['affects', impact.affects.length === 0],
      ['nature', impact.nature === null],
      ['category', impact.category === null],
      ['likelihood', impact.likelihood === null],
      ['severity', impact.severity === null],
      ['reversibility', impact.reversibility === null],
      ['scale', impact.scale === null],
    ] as const
  ).filter(([, isMissing]) => isMissing);
  return missing.map(([name]) => ({ field: `${field}.${name}`, reason: REQUIRED }));
};

const isOwnedAndDated = (measure: ImpactMeasure) =>
  measure.ownerUserId !== null && measure.dueDate !== null;

const harmIssues = (content: ImpactAssessmentContent): FieldIssue[] =>
  content.impacts.flatMap((impact, index) => {
    if (impact.nature !== 'harm') return [];
    const measures = measuresOfImpact(content, impact.id);
    if (measures.some(isOwnedAndDated)) return [];
    return [
      {
        field: `impacts.${index}.measures`,
        reason:
          measures.length === 0
            ? `harm "${impact.id}" needs at least one measure that addresses it`
            : `harm "${impact.id}" needs a measure with an owner and a due date`,
      },
    ];
  });

const measureIssues =
  (impactIds: ReadonlySet<string>) =>
  (measure: ImpactMeasure, index: number): FieldIssue[] => [
    ...(measure.description === ''
      ? [{ field: `measures.${index}.description`, reason: REQUIRED }]
      : []),
    ...(measure.impactId === null
      ? [{ field: `measures.${index}.impactId`, reason: 'name the impact it addresses' }]
      : impactIds.has(measure.impactId)
        ? []
        : [
            {
              field: `measures.${index}.impactId`,
              reason: `no impact has the id "${measure.impactId}"`,
            },
          ]),
  ];

/** Everything the content still lacks for approval, each at its field; empty when complete. */
export const impactAssessmentApprovalIssues = (content: ImpactAssessmentContent): FieldIssue[] => [
  ...IMPACT_ASSESSMENT_TEXT_FIELDS.flatMap((field) => [
    ...(content[field] === '' ? [{ field, reason: REQUIRED }] : []),
    // The trigger follows the scope, as in the assessment.
    ...(field === 'scope' && content.trigger === null
      ? [{ field: 'trigger', reason: REQUIRED }]
      : []),
  ]),
  ...(content.interestedParties.length === 0
    ? [{ field: 'interestedParties', reason: 'name at least one affected interested party' }]
    : []),
  ...(content.impacts.length === 0
    ? [{ field: 'impacts', reason: 'record at least one impact before approval' }]
    : []),
  ...content.impacts.flatMap(impactIssues),
  ...harmIssues(content),
  ...content.measures.flatMap(measureIssues(new Set(content.impacts.map((impact) => impact.id)))),
  ...(content.nextReviewDate === null ? [{ field: 'nextReviewDate', reason: REQUIRED }] : []),
];

/**
 * The content unchanged when it may be approved, else
 * `IMPACT_ASSESSMENT_INCOMPLETE` (InvalidState) listing each missing item.
 */
export const checkImpactAssessmentForApproval = (
  content: ImpactAssessmentContent,
): ImpactAssessmentContent => {
  const issues = impactAssessmentApprovalIssues(content);
  if (issues.length > 0) {
    throw new DomainError(
      'IMPACT_ASSESSMENT_INCOMPLETE',
      'InvalidState',
      `The impact assessment is not complete: ${issues.length} ${issues.length === 1 ? 'item is' : 'items are'} missing`,
      { issues },
    );
  }
  return content;
};

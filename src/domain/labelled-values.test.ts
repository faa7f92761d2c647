import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES } from './ai-system/ai-system.js';
import { AUTOMATION_LEVELS, DATA_CATEGORIES } from './ai-system/classification.js';
import { EU_RISK_CLASSES } from './ai-system/eu-ai-act.js';
import { COMPLIANCE_STATUSES } from './obligation/obligation.js';
import { describeAllowed, matchLabelled } from './labelled-values.js';
import { checkOneOf } from './validation.js';
import type { FieldIssue } from './errors.js';

describe('matching what a person types to an allowed value', () => {
  it.each([
    [EU_RISK_CLASSES, 'high_risk', 'high_risk'],
    [EU_RISK_CLASSES, 'High-risk', 'high_risk'],
    [EU_RISK_CLASSES, 'HIGH RISK (art. 6)', 'high_risk'],
    [EU_RISK_CLASSES, 'Minimal', 'minimal'],
    [EU_RISK_CLASSES, 'Unacceptable risk', 'prohibited'],
    [LIFECYCLE_STAGES, 'Design and dévelopment', 'design_and_development'],
    [LIFECYCLE_STAGES, 'Ré-évaluation', 're_evaluation'],
    [LIFECYCLE_STAGES, 'design', 'design_and_development'],
    [DATA_CATEGORIES, 'No personal data', 'none'],
    [DATA_CATEGORIES, 'Sensitive', 'special_category'],
    [COMPLIANCE_STATUSES, 'Compliant', 'compliant'],
    [COMPLIANCE_STATUSES, 'non compliant', 'non_compliant'],
  ])('reads %j "%s" as %s', (allowed, text, value) => {
    expect(matchLabelled(allowed, text)).toEqual({ kind: 'found', value });
  });

  it('finds nothing for text that names no value, and several for text that names more than one', () => {
    expect(matchLabelled(LIFECYCLE_STAGES, 'production')).toEqual({ kind: 'unknown' });
    expect(matchLabelled(AUTOMATION_LEVELS, 'human')).toEqual({
      kind: 'ambiguous',
      values: ['human_in_the_loop', 'human_on_the_loop'],
    });
  });

  it('refuses by naming the labels, and gives back the identifier of a label it accepts', () => {
    const issues: FieldIssue[] = [];
    expect(checkOneOf(issues, 'euRiskClass', 'minimal risk', EU_RISK_CLASSES)).toBe('minimal');
    checkOneOf(issues, 'lifecycleStage', 'production', LIFECYCLE_STAGES);
    checkOneOf(issues, 'automationLevel', 'Human', AUTOMATION_LEVELS);
    expect(issues).toEqual([
      {
        field: 'lifecycleStage',
        reason: `must be one of: ${describeAllowed(LIFECYCLE_STAGES)}`,
      },
      {
        field: 'automationLevel',
        reason: expect.stringMatching(
          /^"Human" could be Human in the loop \(.*\) or Human on the loop \(.*\); write one of: Decision support/,
        ),
      },
    ]);
    expect(issues[0]?.reason).toMatch(/^must be one of: Inception, Design and development, /);
  });
});

import { describe, expect, it } from 'vitest';
import { impactAssessmentFileName, slugOf } from './impact-assessment-export.js';

describe('slugOf', () => {
  it.each([
    ['Claims triage', 'claims-triage'],
    ['  Claims Triage (v2)!  ', 'claims-triage-v2'],
    ['Créditos – scoring', 'creditos-scoring'],
    ['检测', 'ai-system'],
    ['"quoted"/path\\name', 'quoted-path-name'],
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
  ])('%j → %j', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});

describe('impactAssessmentFileName', () => {
  it('names the system and the version', () => {
    expect(impactAssessmentFileName('Claims triage', 3)).toBe(
      'impact-assessment-claims-triage-v3.pdf',
    );
  });
});

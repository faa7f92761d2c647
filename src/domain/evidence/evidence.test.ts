import { describe, expect, it } from 'vitest';
import { checkEvidenceInput, checkUrl, checkVersionInput, versionOf } from './evidence.js';

const fields = (issues: readonly { field: string }[]) => issues.map((issue) => issue.field);

describe('checkEvidenceInput', () => {
  it('keeps known clause and control ids once each and names unknown ones by position', () => {
    const { details, issues } = checkEvidenceInput({
      title: ' Bias test results ',
      kind: 'file',
      links: { controlIds: ['A.6.2.4', 'A.6.2.4', 'A.11.1'], clauseIds: ['8.2', '4.9'] },
    });
    expect(details.title).toBe('Bias test results');
    expect(details.links.controlIds).toEqual(['A.6.2.4', 'A.11.1']);
    expect(fields(issues)).toEqual(['links.clauseIds.1', 'links.controlIds.1']);
  });

  it('refuses a blank title and a review frequency outside 1–120 months', () => {
    const { issues } = checkEvidenceInput({ title: '', kind: 'link', reviewFrequencyMonths: 0 });
    expect(fields(issues)).toEqual(['title', 'reviewFrequencyMonths']);
  });
});

describe('checkVersionInput', () => {
  const today = '2026-12-01';
  it('needs an address for a link and none for a file', () => {
    expect(fields(checkVersionInput('link', { evidenceDate: today }, today).issues)).toEqual([
      'url',
    ]);
    expect(
      fields(
        checkVersionInput('file', { evidenceDate: today, url: 'https://x.test' }, today).issues,
      ),
    ).toEqual(['url']);
  });

  it('refuses an evidence date after today and a valid-until date before it', () => {
    const { issues } = checkVersionInput(
      'file',
      { evidenceDate: '2026-12-02', validUntil: '2026-11-01' },
      today,
    );
    expect(fields(issues)).toEqual(['evidenceDate', 'validUntil']);
    expect(fields(checkVersionInput('file', { evidenceDate: '2026-02-30' }, today).issues)).toEqual(
      ['evidenceDate'],
    );
  });

  it('derives valid-until from the review frequency when none is given', () => {
    const { details } = checkVersionInput('file', { evidenceDate: '2026-06-30' }, today);
    expect(versionOf(details, 6).validUntil).toBe('2026-12-30');
    expect(versionOf(details, null).validUntil).toBeNull();
  });
});

describe('checkUrl', () => {
  it.each([
    ['https://wiki.example.test/page', true],
    ['http://intranet.local/x', true],
    ['ftp://files.example.test/a', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://user:secret@example.test/', false],
    ['not a url', false],
  ])('%s acceptable: %s', (url, ok) => {
    const issues: { field: string; reason: string }[] = [];
    checkUrl(issues, 'url', url);
    expect(issues.length === 0).toBe(ok);
  });
});

import { describe, expect, it } from 'vitest';
import { renderInvitationMail } from './invitation-mail.js';
import {
  invitationExpiry,
  invitationLink,
  invitationListSince,
  invitationStatusAt,
} from './invitation.js';

describe('invitations', () => {
  const issued = new Date('2026-12-01T09:00:00.000Z');

  it('expire seven days after the link is issued', () => {
    expect(invitationExpiry(issued)).toBe('2026-12-08T09:00:00.000Z');
  });

  it('read as expired from the expiry instant on, while still pending', () => {
    const pending = { status: 'pending' as const, expiresAt: '2026-12-08T09:00:00.000Z' };
    expect(invitationStatusAt(pending, new Date('2026-12-08T08:59:59.999Z'))).toBe('pending');
    expect(invitationStatusAt(pending, new Date('2026-12-08T09:00:00.000Z'))).toBe('expired');
    const accepted = { ...pending, status: 'accepted' as const };
    expect(invitationStatusAt(accepted, new Date('2027-01-01T00:00:00.000Z'))).toBe('accepted');
  });

  it('list what was resolved or expired in the last 30 days', () => {
    expect(invitationListSince(issued)).toBe('2026-11-01T09:00:00.000Z');
  });

  it('carry the token in the fragment of the link', () => {
    expect(invitationLink('https://aims.example.org/', 'abc')).toBe(
      'https://aims.example.org/invitation#abc',
    );
  });

  it('are mailed with the link, the role and the expiry, escaped in HTML', () => {
    const mail = renderInvitationMail({
      organizationName: 'Smith & Co <Health>',
      role: 'aims_manager',
      inviterName: 'Ann Admin',
      link: 'https://aims.example.org/invitation#abc',
      expiresAt: '2026-12-08T09:00:00.000Z',
    });
    expect(mail.subject).toBe('[AIMS Workbench] Ann Admin invited you to Smith & Co <Health>');
    expect(mail.text).toContain('as AIMS manager.');
    expect(mail.text).toContain('https://aims.example.org/invitation#abc');
    expect(mail.text).toContain('until 2026-12-08 09:00 UTC');
    expect(mail.html).toContain('Smith &amp; Co &lt;Health&gt;');
    expect(mail.html).not.toContain('<Health>');
  });
});

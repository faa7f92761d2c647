/**
 * Invitations end to end over HTTP, with a real local SMTP server: the link
 * arrives by mail, works once, expires by the test clock, is replaced by a
 * resend and killed by a revoke; an existing account accepts only as itself;
 * and nothing the inviter sees tells whether an e-mail has an account.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailer } from '../../src/services/mailer.js';
import { createSmtpMailer } from '../../src/services/mailer.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { call, createApiTestContext, createApiUser, createOrg, errorOf } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import type { Organization } from '../../src/storage/organization.repository.js';
import { OPERATOR, TEST_PASSWORD } from '../harness/services.js';
import { startSmtpServer } from '../harness/smtp.js';
import type { TestMailbox } from '../harness/smtp.js';
import { invitationsAccess } from './access/invitations.cases.js';

interface InvitationBody {
  id: string;
  email: string;
  role: string;
  status: string;
  invitedBy: string;
  createdAt: string;
  sentAt: string;
  expiresAt: string;
  resolvedAt: string | null;
}
interface IssuedBody {
  invitation: InvitationBody;
  delivery: string;
  link: string | null;
}

const PUBLIC_URL = 'https://aims.example.test';
const DAY = 24 * 60 * 60;

const sessionCookieOf = (response: LightMyRequestResponse) =>
  response.cookies.find((cookie) => cookie.name === 'aims_session')?.value;

describeOrgRouteAccess(invitationsAccess);

describe('invitations', () => {
  let ctx: ApiTestContext;
  let mailbox: TestMailbox;
  let orgId: string;
  let org: Organization;
  let admin: ApiUser;
  let stranger: ApiUser;
  let knownEmail: string;

  beforeAll(async () => {
    mailbox = await startSmtpServer();
    ctx = await createApiTestContext(undefined, {
      mailer: createSmtpMailer({ smtpUrl: mailbox.url, from: 'AIMS <aims@example.test>' }),
      notifications: {
        reminders: { daysBefore: [7], overdueEveryDays: 7 },
        publicUrl: PUBLIC_URL,
        dailyAtUtc: '06:00',
      },
    });
    org = await createOrg(ctx, 'auditee', 'Invite Co');
    orgId = org.id;
    admin = await createApiUser(ctx, org, ['admin']);
    const elsewhere = await createOrg(ctx, 'auditee', 'Elsewhere Ltd');
    stranger = await createApiUser(ctx, elsewhere, ['admin']);
    knownEmail = stranger.email;
  });
  afterAll(async () => {
    await ctx.close();
    await mailbox.close();
  });

  const invite = (email: string, role = 'contributor', user: ApiUser = admin) =>
    call(ctx, user, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/invitations`,
      payload: { email, role },
    });

  const issued = async (email: string, role = 'contributor') => {
    const response = await invite(email, role);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<IssuedBody>();
  };

  const list = async () => {
    const response = await call(ctx, admin, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/invitations`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<InvitationBody[]>();
  };

  const mailsTo = (email: string) => mailbox.messages.filter((mail) => mail.to.includes(email));

  /** The token of the newest link mailed to the address. */
  const tokenMailedTo = (email: string): string => {
    const mail = mailsTo(email).at(-1);
    const token = /\/invitation#([A-Za-z0-9_-]{43})/.exec(mail?.decoded ?? '')?.[1];
    expect(token, `an invitation link in the mail to ${email}`).toBeDefined();
    return token ?? '';
  };

  const lookup = (token: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/invitations/lookup', payload: { token } });

  const accept = (
    payload: { token: string; name?: string; password?: string },
    as?: ApiUser | { cookie: string },
  ) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload,
      ...(as && 'token' in as ? { headers: { authorization: `Bearer ${as.token}` } } : {}),
      ...(as && 'cookie' in as ? { cookies: { aims_session: as.cookie } } : {}),
    });

  const orgIdsOf = async (cookie: string) => {
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      cookies: { aims_session: cookie },
    });
    expect(me.statusCode).toBe(200);
    return me
      .json<{ memberships: { organization: { id: string }; roles: string[] }[] }>()
      .memberships.map((entry) => [entry.organization.id, entry.roles]);
  };

  const trailOf = async () => {
    const response = await call(ctx, admin, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/audit-log?entityType=invitation`,
    });
    return response.json<{ items: { action: string; entityId: string }[] }>().items;
  };

  it('mails a new person a link; they choose a name and password, join and are signed in', async () => {
    const email = 'New.Person@Example.test';
    const { invitation, delivery, link } = await issued(email);
    expect(delivery).toBe('email');
    expect(link).toBeNull();
    expect(invitation).toMatchObject({
      email: 'new.person@example.test',
      role: 'contributor',
      status: 'pending',
      createdAt: '2026-12-01T09:00:00.000Z',
      expiresAt: '2026-12-08T09:00:00.000Z',
      resolvedAt: null,
    });

    const [mail] = mailsTo('new.person@example.test');
    expect(mail?.decoded).toContain('Subject: [AIMS Workbench]');
    expect(mail?.decoded).toContain('Invite Co');
    expect(mail?.decoded).toContain(`${PUBLIC_URL}/invitation#`);
    const token = tokenMailedTo('new.person@example.test');

    const preview = await lookup(token);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({
      organization: { name: 'Invite Co', kind: 'auditee' },
      email: 'new.person@example.test',
      role: 'contributor',
      invitedBy: expect.stringContaining('User ') as unknown,
      expiresAt: '2026-12-08T09:00:00.000Z',
      hasAccount: false,
    });

    const missing = await accept({ token });
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).code).toBe('INVITATION_ACCEPT_INVALID');
    expect(errorOf(missing).details.issues?.map((issue) => issue.field)).toEqual([
      'name',
      'password',
    ]);

    const accepted = await accept({ token, name: 'New Person', password: TEST_PASSWORD });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<{ organizationId: string }>().organizationId).toBe(orgId);
    const cookie = sessionCookieOf(accepted) ?? '';
    expect(cookie).not.toBe('');
    expect(await orgIdsOf(cookie)).toEqual([[orgId, ['contributor']]]);

    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);

    const again = await accept({ token, name: 'Someone Else', password: TEST_PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('INVITATION_USED');
    expect(errorOf(await lookup(token)).code).toBe('INVITATION_USED');

    const row = (await list()).find((entry) => entry.id === invitation.id);
    expect(row).toMatchObject({ status: 'accepted', resolvedAt: '2026-12-01T09:00:00.000Z' });
    const trail = await trailOf();
    expect(
      trail.filter((entry) => entry.entityId === invitation.id).map((entry) => entry.action),
    ).toEqual(['invitation.accepted', 'invitation.created']);
    expect(JSON.stringify(trail)).not.toContain(token);
  });

  it('answers the same whether or not the e-mail has an account elsewhere', async () => {
    const unknownEmail = 'nobody.yet@example.test';
    const known = await invite(knownEmail, 'viewer');
    const unknown = await invite(unknownEmail, 'viewer');
    expect(known.statusCode).toBe(201);
    expect(unknown.statusCode).toBe(201);
    const shape = (response: LightMyRequestResponse, email: string) =>
      response.body.replace(/"id":"[^"]+"/, '"id":"…"').replaceAll(email, '…');
    expect(shape(known, knownEmail)).toEqual(shape(unknown, unknownEmail));

    const rows = (await list()).filter((row) => [knownEmail, unknownEmail].includes(row.email));
    const rowShape = (row: InvitationBody) => ({ ...row, id: '…', email: '…' });
    expect(rows).toHaveLength(2);
    expect(rowShape(rows[0] as InvitationBody)).toEqual(rowShape(rows[1] as InvitationBody));

    const mailShape = (email: string) =>
      (mailsTo(email).at(-1)?.decoded ?? '')
        .split(/\r?\n/)
        .filter((line) => /^(Subject:|[A-Z].* invited you|The link works)/.test(line))
        .join('\n');
    expect(mailShape(knownEmail)).not.toBe('');
    expect(mailShape(knownEmail)).toEqual(mailShape(unknownEmail));

    // Giving a role directly is only for current members: the same refusal either way.
    const direct = async (email: string) => {
      const response = await call(ctx, admin, {
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/members`,
        payload: { email, role: 'viewer' },
      });
      expect(response.statusCode).toBe(409);
      return response.body;
    };
    const knownRefusal = await direct(knownEmail);
    expect(JSON.parse(knownRefusal)).toMatchObject({ code: 'MEMBER_INVITATION_REQUIRED' });
    expect(knownRefusal).toEqual(await direct(unknownEmail));
  });

  it('lets an existing account accept only as itself, and never joins it before it accepts', async () => {
    const { invitation } = await issued(knownEmail, 'approver');
    const token = tokenMailedTo(knownEmail);
    expect((await lookup(token)).json()).toMatchObject({ hasAccount: true, role: 'approver' });
    expect(
      (await call(ctx, stranger, { method: 'GET', url: `/api/v1/orgs/${orgId}` })).statusCode,
    ).toBe(404);

    const unsigned = await accept({ token });
    expect(unsigned.statusCode).toBe(400);
    expect(errorOf(unsigned).details.issues).toEqual([
      { field: 'password', reason: expect.any(String) as unknown },
    ]);

    const wrong = await accept({ token, password: 'not the right password at all' });
    expect(wrong.statusCode).toBe(401);
    expect(errorOf(wrong).code).toBe('AUTH_INVALID_CREDENTIALS');

    const otherAccount = await accept({ token, name: 'X', password: TEST_PASSWORD }, admin);
    expect(otherAccount.statusCode).toBe(403);
    expect(errorOf(otherAccount).code).toBe('INVITATION_OTHER_ACCOUNT');
    expect((await list()).find((row) => row.id === invitation.id)?.status).toBe('pending');

    const signedIn = await accept({ token }, stranger);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(sessionCookieOf(signedIn)).toBeUndefined();
    const member = await call(ctx, stranger, { method: 'GET', url: `/api/v1/orgs/${orgId}` });
    expect(member.statusCode).toBe(200);
    expect(member.json()).toMatchObject({ roles: ['approver'] });

    // With the account's password instead of a session: signed in by the acceptance.
    await issued(knownEmail, 'viewer');
    const byPassword = await accept({ token: tokenMailedTo(knownEmail), password: TEST_PASSWORD });
    expect(byPassword.statusCode, byPassword.body).toBe(200);
    const cookie = sessionCookieOf(byPassword) ?? '';
    const roles = (await orgIdsOf(cookie)).find(([id]) => id === orgId)?.[1];
    expect(roles).toEqual(['approver', 'viewer']);
  });

  it('expires after seven days; a resend issues a new link and the old one stops working', async () => {
    const email = 'late@example.test';
    const { invitation } = await issued(email);
    const first = tokenMailedTo(email);
    ctx.clock.advanceSeconds(7 * DAY);
    const expired = await lookup(first);
    expect(expired.statusCode).toBe(409);
    expect(errorOf(expired).code).toBe('INVITATION_EXPIRED');
    expect(
      errorOf(await accept({ token: first, name: 'Late', password: TEST_PASSWORD })).code,
    ).toBe('INVITATION_EXPIRED');
    expect((await list()).find((row) => row.id === invitation.id)?.status).toBe('expired');

    const resent = await call(ctx, admin, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/invitations/${invitation.id}/resend`,
    });
    expect(resent.statusCode, resent.body).toBe(200);
    const body = resent.json<IssuedBody>();
    expect(body.invitation).toMatchObject({
      id: invitation.id,
      status: 'pending',
      sentAt: ctx.clock.now().toISOString(),
      expiresAt: new Date(ctx.clock.now().getTime() + 7 * DAY * 1000).toISOString(),
    });
    expect(mailsTo(email)).toHaveLength(2);
    const second = tokenMailedTo(email);
    expect(second).not.toBe(first);
    expect(errorOf(await lookup(first)).code).toBe('INVITATION_NOT_FOUND');
    expect((await lookup(first)).statusCode).toBe(404);

    ctx.clock.advanceSeconds(6 * DAY);
    expect((await lookup(second)).statusCode).toBe(200);
    const accepted = await accept({ token: second, name: 'Late Joiner', password: TEST_PASSWORD });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('renews a pending invitation instead of sending a second one for the same role', async () => {
    const email = 'twice@example.test';
    const first = await issued(email, 'viewer');
    const firstToken = tokenMailedTo(email);
    const second = await issued(email, 'viewer');
    expect(second.invitation.id).toBe(first.invitation.id);
    expect(errorOf(await lookup(firstToken)).code).toBe('INVITATION_NOT_FOUND');
    expect((await lookup(tokenMailedTo(email))).statusCode).toBe(200);
    expect((await list()).filter((row) => row.email === email)).toHaveLength(1);

    const otherRole = await issued(email, 'contributor');
    expect(otherRole.invitation.id).not.toBe(first.invitation.id);
  });

  it('revokes: the link stops working, and a revoked invitation is not resent', async () => {
    const email = 'revoked@example.test';
    const { invitation } = await issued(email);
    const token = tokenMailedTo(email);
    const revoke = () =>
      call(ctx, admin, {
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/invitations/${invitation.id}/revoke`,
      });
    const revoked = await revoke();
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    expect(errorOf(await lookup(token)).code).toBe('INVITATION_REVOKED');
    const refused = await accept({ token, name: 'Too Late', password: TEST_PASSWORD });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('INVITATION_REVOKED');
    expect((await revoke()).statusCode).toBe(200);

    const resend = await call(ctx, admin, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/invitations/${invitation.id}/resend`,
    });
    expect(resend.statusCode).toBe(409);
    expect(errorOf(resend).code).toBe('INVITATION_REVOKED');
    const actions = (await trailOf())
      .filter((entry) => entry.entityId === invitation.id)
      .map((entry) => entry.action);
    expect(actions).toEqual(['invitation.revoked', 'invitation.created']);
  });

  it('refuses an accepted invitation to be revoked or resent', async () => {
    const email = 'done@example.test';
    const { invitation } = await issued(email);
    const accepted = await accept({
      token: tokenMailedTo(email),
      name: 'Done',
      password: TEST_PASSWORD,
    });
    expect(accepted.statusCode).toBe(200);
    for (const action of ['revoke', 'resend']) {
      const response = await call(ctx, admin, {
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/invitations/${invitation.id}/${action}`,
      });
      expect(response.statusCode).toBe(409);
      expect(errorOf(response).code).toBe('INVITATION_USED');
    }
  });

  it('accepts a link once when it is used twice at the same time', async () => {
    const email = 'race@example.test';
    await issued(email);
    const token = tokenMailedTo(email);
    const responses = await Promise.all(
      [1, 2].map(() => accept({ token, name: 'Racer', password: TEST_PASSWORD })),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const members = await ctx.services.organizations.listMembers(admin.actor, orgId);
    expect(members.filter((member) => member.email === email)).toHaveLength(1);
  });

  it('refuses a role already held, a role of the other organization kind and a bad e-mail', async () => {
    const colleague = await createApiUser(ctx, org, ['viewer']);
    const held = await invite(colleague.email, 'viewer');
    expect(held.statusCode).toBe(409);
    expect(errorOf(held).code).toBe('MEMBERSHIP_EXISTS');

    const wrongKind = await invite('someone@example.test', 'lead_auditor');
    expect(wrongKind.statusCode).toBe(400);
    expect(errorOf(wrongKind).code).toBe('INVITATION_INVALID');
    expect(errorOf(wrongKind).details.issues?.map((issue) => issue.field)).toEqual(['role']);

    const badEmail = await invite('not an email', 'viewer');
    expect(errorOf(badEmail).details.issues?.map((issue) => issue.field)).toEqual(['email']);
  });

  it('keeps each organization to its own invitations', async () => {
    const { invitation } = await issued('tenant@example.test');
    const otherOrgId = (await ctx.services.organizations.me(stranger.actor)).memberships.find(
      (entry) => entry.organization.name === 'Elsewhere Ltd',
    )?.organization.id;
    for (const action of ['revoke', 'resend']) {
      const response = await call(ctx, stranger, {
        method: 'POST',
        url: `/api/v1/orgs/${otherOrgId ?? ''}/invitations/${invitation.id}/${action}`,
      });
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('INVITATION_NOT_FOUND');
    }
    const theirs = await call(ctx, stranger, {
      method: 'GET',
      url: `/api/v1/orgs/${otherOrgId ?? ''}/invitations`,
    });
    expect(theirs.json<InvitationBody[]>().map((row) => row.id)).not.toContain(invitation.id);
  });

  it('refuses an acceptance sent from another site', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      headers: { origin: 'https://evil.example' },
      payload: { token: 'x', name: 'Mallory', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('REQUEST_CROSS_SITE');
  });

  it('answers an unknown link with not found', async () => {
    const response = await lookup('A'.repeat(43));
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('INVITATION_NOT_FOUND');
  });
});

describe('invitations without working e-mail', () => {
  const withMailer = async (mailer?: Mailer) => {
    const ctx = await createApiTestContext(undefined, mailer ? { mailer } : {});
    const org = await createOrg(ctx, 'certification_body', 'Body Without Mail');
    const admin = await createApiUser(ctx, org, ['admin']);
    return { ctx, org, admin };
  };

  it('returns the link to the inviter, once, when e-mail is not configured', async () => {
    const { ctx, org, admin } = await withMailer();
    try {
      const response = await call(ctx, admin, {
        method: 'POST',
        url: `/api/v1/orgs/${org.id}/invitations`,
        payload: { email: 'auditor@example.test', role: 'lead_auditor' },
      });
      expect(response.statusCode).toBe(201);
      const body = response.json<IssuedBody>();
      expect(body.delivery).toBe('link');
      expect(body.link).toMatch(/^http:\/\/localhost:3000\/invitation#[A-Za-z0-9_-]{43}$/);
      const listed = await call(ctx, admin, {
        method: 'GET',
        url: `/api/v1/orgs/${org.id}/invitations`,
      });
      expect(listed.body).not.toContain(body.link?.split('#')[1] ?? '');
      const token = body.link?.split('#')[1] ?? '';
      const preview = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/invitations/lookup',
        payload: { token },
      });
      expect(preview.json()).toMatchObject({
        organization: { name: 'Body Without Mail', kind: 'certification_body' },
        role: 'lead_auditor',
      });
      const stored = await ctx.db.database.db
        .selectFrom('invitation')
        .select('token_hash')
        .executeTakeFirstOrThrow();
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.token_hash).not.toContain(token);
    } finally {
      await ctx.close();
    }
  });

  it('returns the link when the mail server refuses the message', async () => {
    const failing: Mailer = {
      isConfigured: true,
      from: 'AIMS <aims@example.test>',
      send: () => Promise.reject(new Error('550 mailbox unavailable')),
      close: () => undefined,
    };
    const { ctx, org, admin } = await withMailer(failing);
    try {
      const response = await call(ctx, admin, {
        method: 'POST',
        url: `/api/v1/orgs/${org.id}/invitations`,
        payload: { email: 'auditor@example.test', role: 'auditor' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        delivery: 'email_failed',
        link: expect.stringContaining('/invitation#') as unknown,
      });
      expect(
        (await ctx.services.invitations.list(OPERATOR, org.id)).map((row) => row.status),
      ).toEqual(['pending']);
    } finally {
      await ctx.close();
    }
  });
});

/** The member list export: administrators only, every member once with all roles, open invitations too. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { login } from '../harness/second-factor.js';
import { memberExportAccess } from './access/register-transfers.cases.js';

describe('exporting the members of an organization', () => {
  const api = orgApiForSuite(
    { name: 'People Co' },
    { admin: ['admin', 'aims_manager'], manager: ['aims_manager'], viewer: ['viewer'] },
  );
  const exportAs = (user = api.admin, format = 'csv') =>
    call(api.ctx, user, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/members/export?format=${format}`,
    });

  it('lists each member once with all their roles, their last sign-in, and the open invitations', async () => {
    expect((await login(api.ctx, api.manager.email)).statusCode).toBe(200);
    await api.ctx.services.invitations.invite(api.admin.actor, api.orgId, {
      email: 'new.colleague@example.test',
      role: 'contributor',
    });
    const response = await exportAs();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /filename="members-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = response.body.replace('\uFEFF', '').trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'Name,E-mail,Roles,Status,Joined,Last sign-in,Last active,Two-step sign-in,Invitation expires',
    );
    const lineOf = (email: string) => lines.find((line) => line.includes(email)) ?? '';
    expect(lineOf(api.admin.email)).toContain('Administrator; AIMS manager');
    expect(lineOf(api.admin.email)).toContain(',Member,');
    expect(lineOf(api.manager.email)).toMatch(/,Member,[^,]+,\d{4}-\d{2}-\d{2}T[^,]+,/);
    expect(lineOf('new.colleague@example.test')).toMatch(
      /^,new\.colleague@example\.test,Contributor,Invited,/,
    );
    expect(lines).toHaveLength(5);
  });

  it('writes XLSX with dates as dates and an About sheet', async () => {
    const response = await exportAs(api.admin, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const [sheet, about] = workbook.worksheets;
    expect(sheet?.name).toBe('Members');
    expect(sheet?.getRow(2).getCell(5).value).toBeInstanceOf(Date);
    expect(about?.name).toBe('About');
  });

  it('refuses a member who does not manage members', async () => {
    expect((await exportAs(api.manager)).statusCode).toBe(403);
  });
});

describeOrgRouteAccess(memberExportAccess);

/** Tenant and role checks of the register import and export routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { CaseRequest, LackingRole } from '../../harness/access.js';
import { multipartFile } from '../../harness/upload.js';

/** Exporting needs the register's read permission, which the certification body's auditor lacks. */
const exportCase = (register: string, badFormat: string) =>
  routeCase(`GET /api/v1/orgs/{orgId}/${register}/export`, {
    lacking: 'cbAuditor',
    badInput: { query: `format=${badFormat}`, field: 'querystring.format' },
  });

/** A dry run of a good file; the bad request sends it with a query string the route refuses. */
const importCase = (
  register: string,
  file: { name: string; csv: string },
  lacking: LackingRole,
  badInput: Required<Pick<CaseRequest, 'query'>> & { field: string },
) =>
  routeCase(`POST /api/v1/orgs/{orgId}/${register}/import`, {
    query: 'dryRun=true',
    ...multipartFile(file.name, file.csv),
    lacking,
    badInput: { ...badInput, ...multipartFile(file.name, file.csv) },
  });

/** The blank import file needs only the register's read permission. */
const templateCase = (register: string) =>
  routeCase(`GET /api/v1/orgs/{orgId}/${register}/import-template`, {
    lacking: 'cbAuditor',
    badInput: { query: 'format=ods', field: 'querystring.format' },
  });

const AI_SYSTEMS_CSV = [
  'Name,Purpose,Life-cycle stage,In AIMS scope',
  'Claims triage,Ranks claims,deployment,yes',
].join('\n');

const OBLIGATIONS_CSV = [
  'Kind,Source,Reference,Requirement',
  'Regulatory,EU AI Act,Art. 9,Risk management system',
].join('\n');

export const aiSystemTransfersAccess = defineAccessTable({
  title: 'AI system import and export routes',
  routes: [
    importCase('ai-systems', { name: 'systems.csv', csv: AI_SYSTEMS_CSV }, 'approver', {
      query: 'dryRun=perhaps',
      field: 'querystring.dryRun',
    }),
    exportCase('ai-systems', 'pdf'),
    templateCase('ai-systems'),
  ],
});

export const obligationTransfersAccess = defineAccessTable({
  title: 'obligation import and export routes',
  routes: [
    importCase('obligations', { name: 'o.csv', csv: OBLIGATIONS_CSV }, 'viewer', {
      query: 'dry=1',
      field: 'querystring.dry',
    }),
    exportCase('obligations', 'ods'),
    templateCase('obligations'),
  ],
});

export const registerExportsAccess = defineAccessTable({
  title: 'register export routes',
  routes: [
    'context-issues',
    'interested-parties',
    'objectives',
    'documents',
    'risks',
    'risk-treatment-plan',
  ].map((register) => exportCase(register, 'pdf')),
});

/** The member list is for administrators: an AIMS manager's role lacks members.manage. */
export const memberExportAccess = defineAccessTable({
  title: 'member export route',
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/members/export', {
      lacking: 'viewer',
      badInput: { query: 'format=pdf', field: 'querystring.format' },
    }),
  ],
});

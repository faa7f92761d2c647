/**
 * The demo a new user meets on first start: an auditee with a few AI systems,
 * a certification body, and a user in each. Passwords are generated and
 * returned once, for the caller to print.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../domain/access/roles.js';
import type { AiSystemService } from './ai-system.service.js';
import type { Actor } from './context.js';
import type { OrganizationService } from './organization.service.js';

export interface DemoCredential {
  readonly organization: string;
  readonly role: string;
  readonly email: string;
  readonly password: string;
}

const DEMO_ACTOR: Actor = { kind: 'system', label: 'demo-seed' };

const DEMO_AI_SYSTEMS = [
  {
    name: 'Claims triage assistant',
    purpose: 'Ranks incoming insurance claims by urgency and suggests a handling queue to staff.',
    lifecycleStage: 'operation_and_monitoring',
    isInScope: true,
  },
  {
    name: 'Customer support chatbot',
    purpose: 'Answers policy questions on the website using a third-party language model.',
    lifecycleStage: 'deployment',
    isInScope: true,
  },
  {
    name: 'Fraud pattern detector',
    purpose: 'Flags unusual claim patterns for human investigators to review.',
    lifecycleStage: 'verification_and_validation',
    isInScope: true,
  },
  {
    name: 'Marketing copy generator',
    purpose: 'Drafts campaign texts; used by the marketing team outside the certified scope.',
    lifecycleStage: 'inception',
    isInScope: false,
    outOfScopeReason: 'Marketing content is not part of the certified insurance services.',
  },
] as const;

/** The credentials as a person reads them in the console. */
export const formatDemoCredentials = (credentials: readonly DemoCredential[]): string =>
  [
    '',
    'Demo data created. Sign in with one of these accounts (shown only this once):',
    ...credentials.map(
      (entry) =>
        `  ${entry.email.padEnd(32)} ${entry.password}   (${entry.organization}: ${entry.role})`,
    ),
    '',
  ].join('\n');

const demoPassword = (): string => randomBytes(12).toString('base64url');

export const createDemoSeedService = (services: {
  organizations: OrganizationService;
  aiSystems: AiSystemService;
}) => ({
  /** Seeds the demo once; returns the credentials to show. */
  async seed(): Promise<DemoCredential[]> {
    const { organizations, aiSystems } = services;
    const auditee = await organizations.createOrganization(DEMO_ACTOR, {
      name: 'Northwind Mutual (demo)',
      kind: 'auditee',
    });
    const body = await organizations.createOrganization(DEMO_ACTOR, {
      name: 'Meridian Certification (demo)',
      kind: 'certification_body',
    });
    const people: {
      org: { id: string; name: string };
      roles: Role[];
      email: string;
      name: string;
    }[] = [
      {
        org: auditee,
        roles: ['admin', 'aims_manager'],
        email: 'manager@northwind.example',
        name: 'Alex Morgan',
      },
      { org: auditee, roles: ['approver'], email: 'approver@northwind.example', name: 'Sam Patel' },
      {
        org: body,
        roles: ['admin', 'lead_auditor'],
        email: 'lead.auditor@meridian.example',
        name: 'Robin Clarke',
      },
    ];
    const credentials: DemoCredential[] = [];
    for (const person of people) {
      const password = demoPassword();
      const [firstRole, ...otherRoles] = person.roles;
      await organizations.createUser(DEMO_ACTOR, {
        email: person.email,
        name: person.name,
        password,
        organizationId: person.org.id,
        ...(firstRole ? { role: firstRole } : {}),
      });
      for (const role of otherRoles) {
        await organizations.addMember(DEMO_ACTOR, person.org.id, { email: person.email, role });
      }
      credentials.push({
        organization: person.org.name,
        role: person.roles.join(', '),
        email: person.email,
        password,
      });
    }
    for (const system of DEMO_AI_SYSTEMS) {
      await aiSystems.create(DEMO_ACTOR, auditee.id, system);
    }
    return credentials;
  },
});

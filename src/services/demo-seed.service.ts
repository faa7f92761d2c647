/**
 * The demo a new user meets on first start: an auditee with a living AIMS
 * pre-work (AI systems, an approved scope and AI policy, context, parties,
 * obligations, objectives with measurements), a certification body, and users
 * in each. Passwords are generated and returned once, for the caller to print.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../domain/access/roles.js';
import type { Actor } from './context.js';
import {
  DEMO_AI_POLICY,
  DEMO_AI_SYSTEMS,
  DEMO_CLIMATE_DECISIONS,
  DEMO_CONTEXT_ISSUES,
  DEMO_DOCUMENTS,
  DEMO_OBJECTIVES,
  DEMO_OBLIGATIONS,
  DEMO_PARTIES,
  DEMO_SCOPE,
  DEMO_SCOPE_CONSIDERED,
} from './demo/demo-content.js';
import { seedEvidence } from './demo/seed-evidence.js';
import { seedRiskAndImpact } from './demo/seed-risk-and-impact.js';
import { seedSoa } from './demo/seed-soa.js';
import type { CoreServices } from './index.js';

export interface DemoCredential {
  readonly organization: string;
  readonly role: string;
  readonly email: string;
  readonly password: string;
}

const DEMO_ACTOR: Actor = { kind: 'system', label: 'demo-seed' };

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

interface Person {
  readonly org: { id: string; name: string };
  readonly roles: Role[];
  readonly email: string;
  readonly name: string;
}

const userIdOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.userId : null);

export const createDemoSeedService = (services: CoreServices) => {
  const createPerson = async (
    person: Person,
  ): Promise<{ actor: Actor; credential: DemoCredential }> => {
    const password = demoPassword();
    const [firstRole, ...otherRoles] = person.roles;
    const { user } = await services.organizations.createUser(DEMO_ACTOR, {
      email: person.email,
      name: person.name,
      password,
      organizationId: person.org.id,
      ...(firstRole ? { role: firstRole } : {}),
    });
    for (const role of otherRoles) {
      await services.organizations.addMember(DEMO_ACTOR, person.org.id, {
        email: person.email,
        role,
      });
    }
    return {
      actor: {
        kind: 'user',
        userId: user.id,
        email: user.email,
        sessionId: null,
        apiTokenId: null,
        secondFactor: false,
      },
      credential: {
        organization: person.org.name,
        role: person.roles.join(', '),
        email: person.email,
        password,
      },
    };
  };

  /** The auditee's pre-work, written and submitted by the manager, approved by the approver. */
  const seedPrework = async (orgId: string, manager: Actor, approver: Actor) => {
    const systems = new Map<string, string>();
    const owners = { manager: userIdOf(manager), approver: userIdOf(approver) };
    for (const { owner, ...input } of DEMO_AI_SYSTEMS) {
      const ownerUserId = owner === undefined ? null : owners[owner];
      const system = await services.aiSystems.create(manager, orgId, { ...input, ownerUserId });
      systems.set(system.name, system.id);
    }
    const inScope = DEMO_AI_SYSTEMS.filter((s) => s.isInScope).map(
      (s) => systems.get(s.name) ?? '',
    );
    const issues = new Map<string, string>();
    for (const input of DEMO_CONTEXT_ISSUES) {
      const issue = await services.contextIssues.create(manager, orgId, input);
      issues.set(issue.title, issue.id);
    }
    const parties = new Map<string, string>();
    for (const input of DEMO_PARTIES) {
      const party = await services.interestedParties.create(manager, orgId, input);
      parties.set(party.name, party.id);
    }
    for (const { question, ...decision } of DEMO_CLIMATE_DECISIONS)
      await services.climateDecisions.decide(manager, orgId, question, decision);
    const draft = await services.scope.createDraft(manager, orgId, {
      ...DEMO_SCOPE,
      aiSystemIds: inScope,
      contextIssueIds: DEMO_SCOPE_CONSIDERED.contextIssues.map((title) => issues.get(title) ?? ''),
      partyRequirements: DEMO_SCOPE_CONSIDERED.partyRequirements.map(([name, requirement]) => ({
        interestedPartyId: parties.get(name) ?? '',
        requirement,
      })),
    });
    await services.scope.submit(manager, orgId, draft.id);
    await services.scope.approve(approver, orgId, draft.id);

    const policy = await services.documents.create(manager, orgId, {
      title: 'AI policy',
      kind: 'ai_policy',
      referenceNumber: 'AIMS-POL-001',
      fulfils: ['RD-03'],
      retentionMonths: 84,
      disposition: 'archive',
      bodyMarkdown: DEMO_AI_POLICY,
      changeNote: 'First issue',
    });
    const ids = { documentId: policy.id, versionId: policy.versions[0]?.id ?? '' };
    await services.documentVersions.submit(manager, orgId, ids);
    await services.documentVersions.approve(approver, orgId, ids);
    for (const { stage, ...input } of DEMO_DOCUMENTS) {
      const document = await services.documents.create(manager, orgId, input);
      if (stage === 'draft') continue;
      const first = { documentId: document.id, versionId: document.versions[0]?.id ?? '' };
      await services.documentVersions.submit(manager, orgId, first);
      await services.documentVersions.approve(approver, orgId, first);
      if (stage === 'retired') {
        await services.documents.retire(manager, orgId, document.id, 'Replaced by the AI policy');
      }
    }

    for (const { systems: names, owner, ...obligation } of DEMO_OBLIGATIONS) {
      const aiSystemIds = names.map((name) => systems.get(name) ?? '');
      const ownerUserId = owner === undefined ? null : owners[owner];
      await services.obligations.create(manager, orgId, {
        ...obligation,
        aiSystemIds,
        ownerUserId,
      });
    }
    for (const { measurements, ...input } of DEMO_OBJECTIVES) {
      // The AIMS manager is responsible for each demo objective (clause 6.2).
      const ownerUserId = manager.kind === 'user' ? manager.userId : null;
      const objective = await services.objectives.create(manager, orgId, { ...input, ownerUserId });
      for (const [measuredOn, value] of measurements) {
        await services.objectives.recordMeasurement(manager, orgId, objective.id, {
          measuredOn,
          value,
        });
      }
    }
    return systems;
  };

  return {
    /** Seeds the demo once; returns the credentials to show. */
    async seed(): Promise<DemoCredential[]> {
      const { organizations } = services;
      const auditee = await organizations.createOrganization(DEMO_ACTOR, {
        name: 'Northwind Mutual (demo)',
        kind: 'auditee',
      });
      const body = await organizations.createOrganization(DEMO_ACTOR, {
        name: 'Meridian Certification (demo)',
        kind: 'certification_body',
      });
      const manager = await createPerson({
        org: auditee,
        roles: ['admin', 'aims_manager'],
        email: 'manager@northwind.example',
        name: 'Alex Morgan',
      });
      const approver = await createPerson({
        org: auditee,
        roles: ['approver'],
        email: 'approver@northwind.example',
        name: 'Sam Patel',
      });
      const auditor = await createPerson({
        org: body,
        roles: ['admin', 'lead_auditor'],
        email: 'lead.auditor@meridian.example',
        name: 'Robin Clarke',
      });
      const director = await createPerson({
        org: auditee,
        roles: ['top_management'],
        email: 'director@northwind.example',
        name: 'Jordan Hayes',
      });
      const systems = await seedPrework(auditee.id, manager.actor, approver.actor);
      await seedRiskAndImpact(
        services,
        auditee.id,
        { manager: manager.actor, approver: approver.actor, director: director.actor },
        systems,
        DEMO_AI_SYSTEMS.filter((system) => system.isInScope).map((system) => system.name),
      );
      await seedEvidence(services, auditee.id, manager.actor, userIdOf(manager.actor));
      await seedSoa(services, auditee.id, {
        manager: manager.actor,
        approver: approver.actor,
        director: director.actor,
      });
      return [manager.credential, approver.credential, director.credential, auditor.credential];
    },
  };
};

/**
 * A reproducible data set for the benchmarks: organizations, their users and
 * AI systems, created through the services (validation, transactions and the
 * audit trail included) from a seeded random source. The same seed gives the
 * same names, roles, stages and scope; ids and timestamps are fresh each time.
 */
import { BENCH_AUDIT_KEY } from './audit-key.js';
import { AUDITEE_ROLES } from '../src/domain/access/roles.js';
import type { Role } from '../src/domain/access/roles.js';
import { LIFECYCLE_STAGES } from '../src/domain/ai-system/ai-system.js';
import type { AiSystemInput } from '../src/domain/ai-system/ai-system.js';
import { CONTROL_IDS } from '../src/domain/catalog/index.js';
import type { Actor, Services } from '../src/services/index.js';
import { argon2idHasher } from '../src/services/password-hasher.js';
import { openRuntime } from '../src/services/runtime.js';
import type { DatabaseConfig } from '../src/storage/database.js';
import * as words from './words.js';

export interface GenerateOptions {
  readonly seed: number;
  readonly organizations: number;
  readonly systemsPerOrg: number;
  readonly usersPerOrg: number;
  /** Obligations of each organization. */
  readonly obligationsPerOrg: number;
  /** AI systems of one more organization, the large one (none when 0). */
  readonly largeOrgSystems: number;
  /** Risks of each organization, scored against its approved risk criteria. */
  readonly risksPerOrg: number;
  /** Risks of one more organization, over `riskOrgSystems` AI systems (none when 0). */
  readonly riskOrgRisks: number;
  readonly riskOrgSystems: number;
  /** Evidence items of the organization of many risks, each linked to one to three Annex A controls. */
  readonly riskOrgEvidence: number;
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  seed: 42_001,
  organizations: 50,
  systemsPerOrg: 40,
  usersPerOrg: 5,
  obligationsPerOrg: 40,
  largeOrgSystems: 20_000,
  risksPerOrg: 40,
  riskOrgRisks: 5_000,
  riskOrgSystems: 200,
  riskOrgEvidence: 20_000,
};

export interface GeneratedOrg {
  readonly id: string;
  readonly name: string;
  /** An API token of the organization's admin. */
  readonly token: string;
  /** Whether this is the large organization. */
  readonly isLarge: boolean;
  /** Whether this is the organization of many risks. */
  readonly isRiskOrg?: boolean;
}

const OPERATOR: Actor = { kind: 'system', label: 'bench-generator' };
const PASSWORD = 'bench password, never used to sign in';
const IN_SCOPE_SHARE = 0.7;

/** A random source in [0, 1): mulberry32, small and good enough for test data. */
export type Random = () => number;

export const mulberry32 = (seed: number): Random => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

export const pick = <T>(random: Random, items: readonly [T, ...T[]]): T =>
  items[Math.floor(random() * items.length)] ?? items[0];

/** One AI system: a name made of three words, a one-sentence purpose, a stage and a scope. */
export const aiSystemInput = (random: Random): AiSystemInput => {
  const name = `${pick(random, words.SUBJECTS)} ${pick(random, words.TASKS)} ${pick(random, words.KINDS)}`;
  const technique = random() < 0.5 ? `, using ${pick(random, words.TECHNIQUES)}` : '';
  return {
    name,
    purpose: `${pick(random, words.VERBS)} ${pick(random, words.OBJECTS)} for ${pick(random, words.AUDIENCES)}${technique}.`,
    lifecycleStage: pick(random, LIFECYCLE_STAGES),
    ...(random() < IN_SCOPE_SHARE
      ? { isInScope: true }
      : { isInScope: false, outOfScopeReason: 'Internal tool outside the certified services.' }),
  };
};

const OBLIGATION_SOURCES: [readonly [string, string], ...(readonly [string, string])[]] = [
  ['regulatory', 'EU AI Act'],
  ['regulatory', 'GDPR'],
  ['contractual', 'Master services agreement'],
  ['voluntary', 'Code of conduct on AI'],
];

/** One obligation: a source, an article or clause, and a one-sentence requirement. */
export const obligationInput = (random: Random, index: number) => {
  const [kind, source] = pick(random, OBLIGATION_SOURCES);
  return {
    kind,
    source,
    reference: `Art. ${index + 1}`,
    requirement: `${pick(random, words.VERBS)} ${pick(random, words.OBJECTS)} for ${pick(random, words.AUDIENCES)}.`,
  };
};

const RISK_THEMES = [
  'ranks some groups lower',
  'drifts as its inputs change',
  'leaks personal data in its answers',
  'is steered by hidden instructions',
  'fails silently when a supplier changes the model',
  'misses rare but severe cases',
] as const;

/** A risk over one of the systems (a few organization-wide), most scored, some treated. */
export const riskInput = (random: Random, index: number, systems: readonly { id: string }[]) => {
  const system = systems.length > 0 ? systems[Math.floor(random() * systems.length)] : undefined;
  const scored = random() < 0.9;
  const treated = scored && random() < 0.5;
  const score = () => 1 + Math.floor(random() * 5);
  return {
    statement: `Risk ${index + 1}: the system ${pick(random, RISK_THEMES)}`,
    aiSystemIds: system && random() < 0.95 ? [system.id] : [],
    ...(scored ? { likelihood: score(), consequence: score() } : {}),
    ...(treated
      ? {
          treatmentOption: 'modify',
          residualLikelihood: 1 + Math.floor(random() * 2),
          residualConsequence: score(),
        }
      : {}),
  };
};

const ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;

/** A treatment action naming one or two Annex A controls, for the Statement of Applicability's links. */
export const treatmentActionInput = (random: Random, index: number) => {
  const control = () => CONTROL_IDS[Math.floor(random() * CONTROL_IDS.length)] ?? 'A.2.2';
  return {
    title: `Treatment ${index + 1}`,
    status: pick(random, ACTION_STATUSES),
    annexAControlIds: random() < 0.3 ? [control(), control()] : [control()],
  };
};

const DAY_MS = 86_400_000;

/**
 * A link to a piece of evidence for one to three Annex A controls, dated in
 * the year before `today`: a fifth without expiry, the rest valid until a
 * day from a year ago to a year ahead, so every freshness occurs.
 */
export const evidenceInput = (random: Random, index: number, today: Date) => {
  const control = () => CONTROL_IDS[Math.floor(random() * CONTROL_IDS.length)] ?? 'A.2.2';
  const day = (offsetDays: number) =>
    new Date(today.getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
  const evidenceDate = day(-1 - Math.floor(random() * 365));
  const validUntil = random() < 0.2 ? null : day(Math.floor(random() * 730) - 365);
  const controls = [control(), ...(random() < 0.3 ? [control(), control()] : [])];
  return {
    kind: 'link' as const,
    title: `Evidence ${index + 1}: ${pick(random, RISK_THEMES)}`,
    links: { controlIds: [...new Set(controls)] },
    version: {
      url: `https://records.bench.example/evidence/${index + 1}`,
      evidenceDate,
      ...(validUntil !== null && validUntil >= evidenceDate ? { validUntil } : {}),
    },
  };
};

/** Every Annex A control decided as applicable with a justification. */
const decideSoa = async (services: Services, orgId: string) => {
  for (const controlId of CONTROL_IDS)
    await services.soa.updateEntry(OPERATOR, orgId, controlId, {
      applicability: 'applicable',
      justification: `Chosen in the risk treatment (${controlId})`,
      implementationStatus: 'partially_implemented',
    });
};

/** A CSV of `count` in-scope AI systems, as the import reads it. */
const aiSystemsCsv = (random: Random, from: number, count: number): Buffer => {
  const lines = ['Name,Purpose,Life-cycle stage,In AIMS scope'];
  for (let index = from; index < from + count; index++) {
    const { name, purpose, lifecycleStage } = aiSystemInput(random);
    lines.push(`${name} ${index},"${purpose}",${lifecycleStage},yes`);
  }
  return Buffer.from(lines.join('\n'));
};

/** Names are unique within an organization: a repeated name gets a number. */
const uniqueName = (name: string, used: Map<string, number>): string => {
  const count = (used.get(name) ?? 0) + 1;
  used.set(name, count);
  return count === 1 ? name : `${name} ${count}`;
};

/** Creates the data set through the services; returns each organization with a token. */
export const generateData = async (
  services: Services,
  options: GenerateOptions = DEFAULT_GENERATE_OPTIONS,
): Promise<GeneratedOrg[]> => {
  const random = mulberry32(options.seed);

  /** The organization's users, the first of them its admin; returns their ids. */
  const createUsers = async (orgId: string, orgIndex: number): Promise<string[]> => {
    const userIds: string[] = [];
    for (let index = 0; index < options.usersPerOrg; index++) {
      const first = pick(random, words.FIRST_NAMES);
      const last = pick(random, words.LAST_NAMES);
      const role: Role = index === 0 ? 'admin' : pick(random, AUDITEE_ROLES);
      const { user } = await services.organizations.createUser(OPERATOR, {
        email: `${first}.${last}.${index}@org-${orgIndex}.bench.example`.toLowerCase(),
        name: `${first} ${last}`,
        password: PASSWORD,
        organizationId: orgId,
        role,
      });
      userIds.push(user.id);
    }
    return userIds;
  };

  const createSystems = async (orgId: string) => {
    const used = new Map<string, number>();
    for (let count = 0; count < options.systemsPerOrg; count++) {
      const input = aiSystemInput(random);
      await services.aiSystems.create(OPERATOR, orgId, {
        ...input,
        name: uniqueName(input.name, used),
      });
    }
  };

  /** The large organization's systems, imported 10,000 rows at a time (the import limit). */
  const importSystems = async (orgId: string) => {
    for (let from = 0; from < options.largeOrgSystems; from += 10_000) {
      const count = Math.min(10_000, options.largeOrgSystems - from);
      const content = aiSystemsCsv(random, from + 1, count);
      await services.transfers.importInto(OPERATOR, orgId, 'ai-systems', {
        content,
        fileName: 'systems.csv',
        dryRun: false,
      });
    }
  };

  const createObligations = async (orgId: string) => {
    for (let index = 0; index < options.obligationsPerOrg; index++) {
      await services.obligations.create(OPERATOR, orgId, obligationInput(random, index));
    }
  };

  /** The default risk criteria, written by the operator and approved by an approver of the organization. */
  const approveDefaultCriteria = async (orgId: string) => {
    const email = `approver-${orgId}@bench.example`;
    const { user } = await services.organizations.createUser(OPERATOR, {
      email,
      name: 'Risk Approver',
      password: PASSWORD,
      organizationId: orgId,
      role: 'approver',
    });
    const approver: Actor = {
      kind: 'user',
      userId: user.id,
      email,
      sessionId: null,
      apiTokenId: null,
      secondFactor: false,
    };
    const draft = await services.riskCriteria.createDraft(OPERATOR, orgId);
    await services.riskCriteria.submit(OPERATOR, orgId, draft.id);
    await services.riskCriteria.approve(approver, orgId, draft.id);
  };

  /** Approved default risk criteria, then risks over the organization's AI systems. */
  const createRisks = async (orgId: string, count: number) => {
    await approveDefaultCriteria(orgId);
    const { items: systems } = await services.aiSystems.list(OPERATOR, orgId, { pageSize: 200 });
    for (let index = 0; index < count; index++) {
      await services.risks.create(OPERATOR, orgId, riskInput(random, index, systems));
    }
  };

  const createOrg = async (index: number, isLarge = false): Promise<GeneratedOrg> => {
    const name = `${pick(random, words.ORG_NAMES)} ${pick(random, words.ORG_KINDS_OF_BUSINESS)} ${index + 1}`;
    const org = await services.organizations.createOrganization(OPERATOR, {
      name,
      kind: 'auditee',
    });
    const [adminId] = await createUsers(org.id, index);
    if (adminId === undefined) throw new Error('Each organization needs at least one user');
    if (isLarge) await importSystems(org.id);
    else await createSystems(org.id);
    await createObligations(org.id);
    if (!isLarge) await createRisks(org.id, options.risksPerOrg);
    const { token } = await services.auth.createApiTokenFor(OPERATOR, adminId, 'bench');
    return { id: org.id, name, token, isLarge };
  };

  /** The organization of many risks: its AI systems, then its risks over them. */
  const createRiskOrg = async (index: number): Promise<GeneratedOrg> => {
    const name = `${pick(random, words.ORG_NAMES)} Risk Register ${index + 1}`;
    const org = await services.organizations.createOrganization(OPERATOR, {
      name,
      kind: 'auditee',
    });
    const [adminId] = await createUsers(org.id, index);
    if (adminId === undefined) throw new Error('Each organization needs at least one user');
    const used = new Map<string, number>();
    for (let count = 0; count < options.riskOrgSystems; count++) {
      const input = aiSystemInput(random);
      await services.aiSystems.create(OPERATOR, org.id, {
        ...input,
        name: uniqueName(input.name, used),
      });
    }
    await approveDefaultCriteria(org.id);
    const systems: { id: string }[] = [];
    for (let page = 1; systems.length < options.riskOrgSystems; page++) {
      const { items } = await services.aiSystems.list(OPERATOR, org.id, { page, pageSize: 200 });
      if (items.length === 0) break;
      systems.push(...items);
    }
    for (let count = 0; count < options.riskOrgRisks; count++) {
      const risk = await services.risks.create(OPERATOR, org.id, riskInput(random, count, systems));
      // About half the risks are treated by an action that puts one or two Annex A controls in place.
      if (random() < 0.5)
        await services.risks.addTreatmentAction(
          OPERATOR,
          org.id,
          risk.id,
          treatmentActionInput(random, count),
        );
    }
    const today = services.deps.clock.now();
    for (let count = 0; count < options.riskOrgEvidence; count++)
      await services.evidence.createLink(OPERATOR, org.id, evidenceInput(random, count, today));
    await decideSoa(services, org.id);
    const { token } = await services.auth.createApiTokenFor(OPERATOR, adminId, 'bench');
    return { id: org.id, name, token, isLarge: false, isRiskOrg: true };
  };

  const orgs: GeneratedOrg[] = [];
  for (let index = 0; index < options.organizations; index++) {
    orgs.push(await createOrg(index));
  }
  if (options.largeOrgSystems > 0) orgs.push(await createOrg(options.organizations, true));
  if (options.riskOrgRisks > 0) orgs.push(await createRiskOrg(options.organizations + 1));
  return orgs;
};

/** Migrates the database and generates the data set into it (cheap argon2 for the users). */
export const generateDatabase = async (
  config: DatabaseConfig,
  options: GenerateOptions = DEFAULT_GENERATE_OPTIONS,
): Promise<GeneratedOrg[]> => {
  const runtime = await openRuntime(config, {
    passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
    auditKey: BENCH_AUDIT_KEY,
  });
  try {
    return await generateData(runtime.services, options);
  } finally {
    await runtime.close();
  }
};

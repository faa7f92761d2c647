/**
 * Seeds the demo's Statement of Applicability the way the people would have
 * written it: the manager decides every control with a justification (for
 * Annex A, the texts in demo-soa-justifications.ts), its implementation
 * status following the demo's treatment actions (done: implemented; under
 * way: partially implemented; only planned: planned), A.7.3 alone not
 * applicable; the approver approves version 1, the manager takes version 2
 * after a change, the approver approves and publishes it. A.7.3's review date
 * has passed since, so it shows as due.
 */
import type { SoaImplementationStatus } from '../../domain/soa/index.js';
import { calendarDateOf } from '../../domain/validation.js';
import type { CoreServices } from '../index.js';
import { DEMO_SOA_JUSTIFICATIONS } from './demo-soa-justifications.js';
import type { DemoPeople } from './seed-risk-and-impact.js';

const DAY = 86_400_000;

/** Not applicable in the demo, with why. */
const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  'A.7.3':
    'All training and evaluation data comes from Northwind’s own policy, claims and correspondence records; no data is bought or acquired from third parties (the open-weight base of the correspondence model is a supplied model, covered by A.10.3). To be confirmed when the data-sharing agreement with the broker network is decided.',
};

/**
 * The demo's own control beside Annex A, with why it is there and the
 * evidence of its last use.
 */
const RELEASE_GATE = {
  controlId: 'ORG-1',
  title: 'Model release gate',
  description:
    'No new version of a model goes live until the model risk committee has signed the release checklist: validation results, fairness tests, a rollback plan and the updated model card.',
  annexAControlId: 'A.6.2.5',
  justification:
    'Our own control, stricter than A.6.2.5 alone: after the postcode bias in claims triage the model risk committee asked for one signed gate before every model release, so no model reaches claims handlers or policyholders on a data scientist’s judgement alone.',
} as const;

/** Controls the demo has not finished, and how far they are, beyond those its actions decide. */
const STATUS_OVERRIDES: Readonly<Record<string, SoaImplementationStatus>> = {
  'A.2.4': 'planned',
  'A.4.3': 'partially_implemented',
  'A.6.1.3': 'partially_implemented',
  'A.8.5': 'not_started',
  'A.9.3': 'planned',
  'A.10.4': 'partially_implemented',
};

const statusFrom = (statuses: readonly string[]): SoaImplementationStatus | undefined => {
  const live = statuses.filter((status) => status !== 'cancelled');
  if (live.length === 0) return undefined;
  if (live.every((status) => status === 'done')) return 'implemented';
  if (live.some((status) => status === 'done' || status === 'in_progress'))
    return 'partially_implemented';
  return 'planned';
};

/** The demo organization's SoA: every control decided, two approved versions, the later published. */
export const seedSoa = async (services: CoreServices, orgId: string, people: DemoPeople) => {
  const { manager, approver } = people;
  const { soa } = services;
  const owner = manager.kind === 'user' ? manager.userId : null;
  const { justification: gateJustification, ...gate } = RELEASE_GATE;
  const releaseGate = await services.organizationControls.create(manager, orgId, {
    ...gate,
    ownerUserId: owner,
  });
  await services.evidence.createLink(manager, orgId, {
    title: 'Release checklist signed for claims triage v4',
    kind: 'link',
    description: 'The model risk committee’s signed checklist for the October triage release.',
    ownerUserId: owner,
    reviewFrequencyMonths: 6,
    links: { organizationControlIds: [releaseGate.id], controlIds: ['A.6.2.5'] },
    version: {
      url: 'https://intranet.northwind.example/model-risk/releases/triage-v4',
      evidenceDate: calendarDateOf(new Date(services.deps.clock.now().getTime() - 40 * DAY)),
    },
  });
  const { entries: rows } = await soa.overview(manager, orgId);
  for (const row of rows) {
    const entry = await soa.entry(manager, orgId, row.controlId);
    const notApplicable = NOT_APPLICABLE[entry.controlId];
    const fromActions = statusFrom(entry.links.treatmentActions.map((action) => action.status));
    await soa.updateEntry(manager, orgId, entry.controlId, {
      applicability: notApplicable === undefined ? 'applicable' : 'not_applicable',
      justification:
        notApplicable ??
        DEMO_SOA_JUSTIFICATIONS[entry.controlId] ??
        (entry.controlId === RELEASE_GATE.controlId ? gateJustification : undefined) ??
        `Northwind’s own control, added beside Annex A: ${entry.title} is part of how its AI systems in scope are run.`,
      implementationStatus:
        notApplicable === undefined
          ? (STATUS_OVERRIDES[entry.controlId] ?? fromActions ?? 'implemented')
          : 'not_started',
      ownerUserId: owner,
      ...(entry.controlId === 'A.7.3'
        ? { reviewDate: calendarDateOf(new Date(services.deps.clock.now().getTime() + 30 * DAY)) }
        : {}),
    });
  }
  await soa.createDraft(manager, orgId, 'First Statement of Applicability, for the Stage 1 audit.');
  await soa.submit(manager, orgId, 1);
  await soa.approve(approver, orgId, 1);
  await soa.publish(approver, orgId, 1);

  await soa.updateEntry(manager, orgId, 'A.2.4', { implementationStatus: 'implemented' });
  await soa.createDraft(
    manager,
    orgId,
    'The first review of the AI policy took place; A.2.4 is implemented.',
  );
  await soa.submit(manager, orgId, 2);
  await soa.approve(approver, orgId, 2);
  await soa.publish(approver, orgId, 2);

  // The A.7.3 decision was to be looked at again by yesterday: it shows as due for review.
  await soa.updateEntry(manager, orgId, 'A.7.3', {
    reviewDate: calendarDateOf(new Date(services.deps.clock.now().getTime() - DAY)),
  });
};

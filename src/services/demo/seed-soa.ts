/**
 * Seeds the demo's Statement of Applicability the way the people would have
 * written it: the manager decides every control with a justification, its
 * implementation status following the demo's treatment actions (done:
 * implemented; under way: partially implemented; only planned: planned),
 * A.10.4 and A.7.3 not applicable; the approver approves version 1, the
 * manager takes version 2 after a change, the approver approves and
 * publishes it. A.7.3's review date has passed since, so it shows as due.
 */
import type { SoaImplementationStatus } from '../../domain/soa/index.js';
import { calendarDateOf } from '../../domain/validation.js';
import type { CoreServices } from '../index.js';
import type { DemoPeople } from './seed-risk-and-impact.js';

const DAY = 86_400_000;

/** Not applicable in the demo, with why. */
const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  'A.10.4':
    'Northwind builds its AI systems for its own claims and underwriting teams; no AI system or AI-based service is supplied to customers.',
  'A.7.3':
    'All training and evaluation data comes from Northwind’s own policy and claims records; no data is bought or acquired from third parties. To be confirmed when the data-sharing agreement with the broker network is decided.',
};

/** Controls the demo has not finished, and how far they are, beyond those its actions decide. */
const STATUS_OVERRIDES: Readonly<Record<string, SoaImplementationStatus>> = {
  'A.2.4': 'planned',
  'A.4.3': 'partially_implemented',
  'A.6.1.3': 'partially_implemented',
  'A.8.5': 'not_started',
  'A.9.3': 'planned',
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
  const { entries } = await soa.overview(manager, orgId);
  for (const entry of entries) {
    const notApplicable = NOT_APPLICABLE[entry.controlId];
    const fromActions = statusFrom(entry.links.treatmentActions.map((action) => action.status));
    const linked = entry.links.risks.length + entry.links.measures.length;
    await soa.updateEntry(manager, orgId, entry.controlId, {
      applicability: notApplicable === undefined ? 'applicable' : 'not_applicable',
      justification:
        notApplicable ??
        (linked > 0
          ? `Chosen to treat ${linked} risk(s) and impact(s) linked below; ${entry.title} is part of how Northwind runs its AI systems.`
          : `Needed for the AI management system as a whole: ${entry.title.toLowerCase()} applies to every AI system in scope.`),
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

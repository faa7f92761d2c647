/**
 * The live Statement of Applicability, read afresh each time: every Annex A
 * control (all 38, always) and every organization control, each with the
 * decision stored for it and the links derived from the risk register, the
 * current impact assessments and the evidence. The table reads it as rows
 * (links counted, evidence counted in the database); a control's page, a
 * version's snapshot and the exports read it whole.
 */
import { notFound } from '../domain/errors.js';
import {
  annexAControlRefs,
  NO_EVIDENCE_COUNTS,
  organizationControlRef,
  soaEntries,
  soaEntryRow,
  soaLinksByControl,
  soaSnapshot,
  soaSummary,
} from '../domain/soa/index.js';
import type { SoaControlRef, SoaEntry, SoaEvidenceLink, SoaSnapshot } from '../domain/soa/index.js';
import { calendarDateOf } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import { evidenceByControl, evidenceCountsByControl } from '../storage/evidence.repository.js';
import {
  listSoaDecisions,
  soaLinkingActions,
  soaLinkingMeasures,
  soaOrganizationControls,
} from '../storage/soa.repository.js';
import { now } from './context.js';
import type { ServiceDeps } from './context.js';
import { evidenceSettingsOf } from './evidence-settings.js';

const controlNotFound = (controlId: string) =>
  notFound(
    'SOA_CONTROL_NOT_FOUND',
    `${controlId} is neither an Annex A control nor one of the organization's controls`,
    { controlId },
  );

export const createLiveSoa = (deps: ServiceDeps) => {
  const today = () => calendarDateOf(deps.clock.now());
  const expiringDays = () => evidenceSettingsOf(deps).expiringDays;

  /** What every control of the live SoA needs but its evidence. */
  const liveParts = async (db: Executor, organizationId: string) => {
    const orgControls = await soaOrganizationControls(db, organizationId);
    const decisions = await listSoaDecisions(db, organizationId);
    const { actions, risks } = await soaLinkingActions(db, organizationId);
    const measures = await soaLinkingMeasures(db, organizationId);
    const controls = [...annexAControlRefs(), ...orgControls.map(organizationControlRef)];
    return { orgControls, decisions, actions, risks, measures, controls, day: today() };
  };

  type Parts = Awaited<ReturnType<typeof liveParts>>;

  /**
   * The entries of every control with their links, or of the one control
   * given, whose evidence alone is read then.
   */
  const entriesOf = async (
    db: Executor,
    organizationId: string,
    parts: Parts,
    one?: SoaControlRef,
  ): Promise<SoaEntry[]> => {
    const { orgControls, decisions, actions, risks, measures, day } = parts;
    const rowId = orgControls.find((control) => control.controlId === one?.controlId)?.rowId;
    const only =
      one === undefined
        ? undefined
        : rowId === undefined
          ? { annexAControlId: one.controlId }
          : { organizationControlId: rowId };
    const evidence = await evidenceByControl(db, organizationId, day, expiringDays(), only);
    // Organization controls' evidence comes by row id; the SoA knows them by reference.
    const evidenceOf = new Map<string, readonly SoaEvidenceLink[]>([
      ...Object.entries(evidence.annexA),
      ...orgControls.map(
        (control) =>
          [control.controlId, evidence.organizationControls[control.rowId] ?? []] as const,
      ),
    ]);
    return soaEntries(
      one === undefined ? parts.controls : [one],
      decisions,
      soaLinksByControl(actions, risks, measures, evidenceOf),
      day,
    );
  };

  /** The live SoA: every control with its decision and links, as the records stand now. */
  const snapshot = async (db: Executor, organizationId: string): Promise<SoaSnapshot> => {
    const parts = await liveParts(db, organizationId);
    const entries = await entriesOf(db, organizationId, parts);
    return soaSnapshot(entries, now(deps), parts.day);
  };

  /**
   * The live SoA as the table lists it: each row's links counted, its
   * evidence counted in the database rather than read item by item.
   */
  const rows = async (db: Executor, organizationId: string) => {
    const { orgControls, decisions, actions, risks, measures, controls, day } = await liveParts(
      db,
      organizationId,
    );
    const counts = await evidenceCountsByControl(db, organizationId, day, expiringDays());
    const rowIdOf = new Map(orgControls.map((control) => [control.controlId, control.rowId]));
    const countsOf = (controlId: string) =>
      (rowIdOf.has(controlId)
        ? counts.organizationControls.get(rowIdOf.get(controlId) ?? '')
        : counts.annexA.get(controlId)) ?? NO_EVIDENCE_COUNTS;
    const entries = soaEntries(
      controls,
      decisions,
      soaLinksByControl(actions, risks, measures),
      day,
    );
    return {
      asOf: day,
      rows: entries.map((entry) => soaEntryRow(entry, countsOf(entry.controlId))),
      summary: soaSummary(entries),
    };
  };

  /**
   * One control of the live SoA with everything linked, and, for an
   * organization control, its register id (what evidence links name);
   * SOA_CONTROL_NOT_FOUND for another id.
   */
  const entry = async (
    db: Executor,
    organizationId: string,
    controlId: string,
  ): Promise<SoaEntry & { readonly organizationControlId: string | null }> => {
    const parts = await liveParts(db, organizationId);
    const ref = parts.controls.find((control) => control.controlId === controlId);
    if (!ref) throw controlNotFound(controlId);
    const [found] = await entriesOf(db, organizationId, parts, ref);
    if (!found) throw controlNotFound(controlId);
    const organizationControlId =
      parts.orgControls.find((control) => control.controlId === controlId)?.rowId ?? null;
    return { ...found, organizationControlId };
  };

  return { snapshot, rows, entry };
};

export type LiveSoa = ReturnType<typeof createLiveSoa>;

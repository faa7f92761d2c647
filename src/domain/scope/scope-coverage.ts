/**
 * What the approved AIMS scope (ISO/IEC 42001 clause 4.3) covers, set beside
 * the inventory: the approved version is the source of truth for which AI
 * systems are in scope, and the inventory's own "in scope" flag must agree
 * with it. Each system is covered or not; the disagreements are listed both
 * ways, so both pages can warn instead of letting the two drift apart.
 */

export interface InventoryEntry {
  readonly id: string;
  readonly name: string;
  readonly isInScope: boolean;
}

export interface CoverageEntry extends InventoryEntry {
  /** Whether the approved scope names the system; false while no scope is approved. */
  readonly isCoveredByApprovedScope: boolean;
}

export interface ScopeCoverage {
  readonly hasApprovedScope: boolean;
  readonly systems: readonly CoverageEntry[];
  /** Flagged in scope in the inventory, but not in the approved scope. */
  readonly flaggedNotCovered: readonly InventoryEntry[];
  /** In the approved scope, but flagged out of scope in the inventory. */
  readonly coveredNotFlagged: readonly InventoryEntry[];
  /** Named by the approved scope but no longer in the inventory. */
  readonly missingAiSystemIds: readonly string[];
  readonly inScopeCount: number;
  readonly coveredCount: number;
  readonly isConsistent: boolean;
}

/**
 * The inventory against the approved scope's AI systems (`approvedIds` null
 * when no version is approved yet: nothing is covered then).
 */
export const scopeCoverage = (
  approvedIds: readonly string[] | null,
  inventory: readonly InventoryEntry[],
): ScopeCoverage => {
  const covered = new Set(approvedIds ?? []);
  const systems = inventory.map((system) => ({
    ...system,
    isCoveredByApprovedScope: covered.has(system.id),
  }));
  const plain = ({ id, name, isInScope }: InventoryEntry): InventoryEntry => ({
    id,
    name,
    isInScope,
  });
  const flaggedNotCovered = systems
    .filter((system) => system.isInScope && !system.isCoveredByApprovedScope)
    .map(plain);
  const coveredNotFlagged = systems
    .filter((system) => !system.isInScope && system.isCoveredByApprovedScope)
    .map(plain);
  const known = new Set(inventory.map((system) => system.id));
  const missingAiSystemIds = [...covered].filter((id) => !known.has(id));
  return {
    hasApprovedScope: approvedIds !== null,
    systems,
    flaggedNotCovered,
    coveredNotFlagged,
    missingAiSystemIds,
    inScopeCount: systems.filter((system) => system.isInScope).length,
    coveredCount: systems.filter((system) => system.isCoveredByApprovedScope).length,
    isConsistent:
      flaggedNotCovered.length === 0 &&
      coveredNotFlagged.length === 0 &&
      missingAiSystemIds.length === 0,
  };
};

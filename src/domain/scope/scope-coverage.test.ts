import { describe, expect, it } from 'vitest';
import { scopeCoverage } from './scope-coverage.js';
import type { InventoryEntry } from './scope-coverage.js';

const system = (id: string, isInScope: boolean): InventoryEntry => ({
  id,
  name: `System ${id}`,
  isInScope,
});

describe('coverage of the inventory by the approved scope', () => {
  const cases: {
    name: string;
    approved: string[] | null;
    inventory: InventoryEntry[];
    flaggedNotCovered: string[];
    coveredNotFlagged: string[];
    missing: string[];
    isConsistent: boolean;
  }[] = [
    {
      name: 'agrees when the flags match the approved list',
      approved: ['a', 'b'],
      inventory: [system('a', true), system('b', true), system('c', false)],
      flaggedNotCovered: [],
      coveredNotFlagged: [],
      missing: [],
      isConsistent: true,
    },
    {
      name: 'lists systems flagged in scope that the approved scope does not name',
      approved: ['a'],
      inventory: [system('a', true), system('b', true), system('c', true)],
      flaggedNotCovered: ['b', 'c'],
      coveredNotFlagged: [],
      missing: [],
      isConsistent: false,
    },
    {
      name: 'lists systems the approved scope names but the inventory flags out of scope',
      approved: ['a', 'b'],
      inventory: [system('a', true), system('b', false)],
      flaggedNotCovered: [],
      coveredNotFlagged: ['b'],
      missing: [],
      isConsistent: false,
    },
    {
      name: 'names approved systems no longer in the inventory',
      approved: ['a', 'gone'],
      inventory: [system('a', true)],
      flaggedNotCovered: [],
      coveredNotFlagged: [],
      missing: ['gone'],
      isConsistent: false,
    },
    {
      name: 'covers nothing while no scope is approved',
      approved: null,
      inventory: [system('a', true), system('b', false)],
      flaggedNotCovered: ['a'],
      coveredNotFlagged: [],
      missing: [],
      isConsistent: false,
    },
  ];
  it.each(cases)('$name', (example) => {
    const coverage = scopeCoverage(example.approved, example.inventory);
    expect(coverage.flaggedNotCovered.map((entry) => entry.id)).toEqual(example.flaggedNotCovered);
    expect(coverage.coveredNotFlagged.map((entry) => entry.id)).toEqual(example.coveredNotFlagged);
    expect(coverage.missingAiSystemIds).toEqual(example.missing);
    expect(coverage.isConsistent).toBe(example.isConsistent);
    expect(coverage.hasApprovedScope).toBe(example.approved !== null);
  });

  it('counts six flagged in scope against four approved, as a mismatch', () => {
    const inventory = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => system(id, true));
    const coverage = scopeCoverage(['a', 'b', 'c', 'd'], inventory);
    expect(coverage).toMatchObject({ inScopeCount: 6, coveredCount: 4, isConsistent: false });
    expect(coverage.systems.map((entry) => entry.isCoveredByApprovedScope)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

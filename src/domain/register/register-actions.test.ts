import { describe, expect, it } from 'vitest';
import type { Permission } from '../access/roles.js';
import { listActions, recordActions } from './register-actions.js';
import type { RegisterPolicy } from './register-actions.js';

const aims: RegisterPolicy = {
  read: 'aims.read',
  write: 'aims.write',
  canDelete: true,
  canImport: true,
  canExport: true,
};
const inventory: RegisterPolicy = {
  read: 'ai_system.read',
  write: 'ai_system.write',
  canDelete: false,
  canImport: true,
  canExport: true,
};
const exportOnly: RegisterPolicy = { ...aims, canImport: false };

describe('record actions', () => {
  it.each<[RegisterPolicy<string>, Permission[], string[]]>([
    [aims, ['aims.read', 'aims.write'], ['edit', 'delete']],
    [aims, ['aims.read', 'aims.approve'], []],
    [aims, ['ai_system.write'], []],
    [inventory, ['ai_system.read', 'ai_system.write'], ['edit']],
    [inventory, ['ai_system.read'], []],
    [
      { ...aims, writeActions: ['record_measurement'] },
      ['aims.write'],
      ['edit', 'delete', 'record_measurement'],
    ],
    [{ ...aims, writeActions: ['record_measurement'] }, ['aims.read'], []],
  ])('%o with %j offers %j', (policy, permissions, expected) => {
    expect(recordActions(policy, permissions)).toEqual(expected);
  });
});

describe('list actions', () => {
  it.each<[RegisterPolicy, Permission[], string[]]>([
    [aims, ['aims.read', 'aims.write'], ['create', 'import', 'export']],
    [aims, ['aims.read'], ['export']],
    [aims, ['aims.write'], ['create', 'import']],
    [exportOnly, ['aims.read', 'aims.write'], ['create', 'export']],
    [inventory, ['aims.read', 'aims.write'], []],
  ])('%o with %j offers %j', (policy, permissions, expected) => {
    expect(listActions(policy, permissions)).toEqual(expected);
  });
});

/**
 * What a caller may do with a register and with each of its rows, from the
 * permissions their roles grant (domain/access/roles.ts). The API sends these
 * with every list and row so the UI shows only buttons that work and never
 * re-derives permissions.
 */
import type { Permission } from '../access/roles.js';

export const RECORD_ACTIONS = ['edit', 'delete'] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];

export const LIST_ACTIONS = ['create', 'import', 'export'] as const;
export type ListAction = (typeof LIST_ACTIONS)[number];

/**
 * Which permissions a register asks for, and what it allows beyond reading
 * and editing; `writeActions` are the register's own row actions open to
 * writers (such as recording a measurement of an objective).
 */
export interface RegisterPolicy<A extends string = never> {
  readonly read: Permission;
  readonly write: Permission;
  /** Whether rows may be deleted (the audit trail keeps what they said). */
  readonly canDelete: boolean;
  readonly canImport: boolean;
  readonly canExport: boolean;
  readonly writeActions?: readonly A[];
}

/** Actions on one row. */
export const recordActions = <A extends string = never>(
  policy: RegisterPolicy<A>,
  permissions: readonly Permission[],
): (RecordAction | A)[] => {
  if (!permissions.includes(policy.write)) return [];
  const own: RecordAction[] = policy.canDelete ? ['edit', 'delete'] : ['edit'];
  return [...own, ...(policy.writeActions ?? [])];
};

/** Actions on the register as a whole. */
export const listActions = <A extends string>(
  policy: RegisterPolicy<A>,
  permissions: readonly Permission[],
): ListAction[] => {
  const canRead = permissions.includes(policy.read);
  const canWrite = permissions.includes(policy.write);
  return [
    ...(canWrite ? (['create'] as const) : []),
    ...(canWrite && policy.canImport ? (['import'] as const) : []),
    ...(canRead && policy.canExport ? (['export'] as const) : []),
  ];
};

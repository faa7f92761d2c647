import { describe, expect, it } from 'vitest';
import { hasPermission, isRoleAllowedForKind, permissionsOfRoles, rolesForKind } from './roles.js';

describe('roles and permissions', () => {
  it.each([
    ['auditee', ['admin', 'aims_manager', 'contributor', 'approver', 'top_management', 'viewer']],
    ['certification_body', ['admin', 'lead_auditor', 'auditor', 'decision_maker']],
  ] as const)('offers the %s roles of the design', (kind, roles) => {
    expect(rolesForKind(kind)).toEqual(roles);
  });

  it('refuses a role of the other organization kind', () => {
    expect(isRoleAllowedForKind('auditee', 'lead_auditor')).toBe(false);
    expect(isRoleAllowedForKind('certification_body', 'aims_manager')).toBe(false);
    expect(isRoleAllowedForKind('certification_body', 'admin')).toBe(true);
  });

  it.each([
    ['auditee', ['viewer'], 'ai_system.read', true],
    ['auditee', ['viewer'], 'ai_system.write', false],
    ['auditee', ['viewer'], 'audit_log.read', false],
    ['auditee', ['contributor'], 'ai_system.write', true],
    ['auditee', ['approver'], 'ai_system.write', false],
    ['auditee', ['top_management'], 'aims.approve', true],
    ['auditee', ['top_management'], 'audit_log.read', true],
    ['auditee', ['top_management'], 'aims.write', false],
    ['auditee', ['aims_manager'], 'members.manage', false],
    ['auditee', ['admin'], 'members.manage', true],
    ['certification_body', ['auditor'], 'ai_system.read', false],
    ['certification_body', ['lead_auditor'], 'audit_log.read', true],
  ] as const)('%s %j may %s: %s', (kind, roles, permission, expected) => {
    expect(hasPermission(kind, roles, permission)).toBe(expected);
  });

  it('grants the union of the permissions of several roles', () => {
    expect(permissionsOfRoles('auditee', ['viewer', 'contributor'])).toEqual([
      'org.read',
      'members.read',
      'ai_system.read',
      'ai_system.write',
      'aims.read',
      'aims.write',
    ]);
  });

  it('grants top management what it grants the approver', () => {
    expect(permissionsOfRoles('auditee', ['top_management'])).toEqual(
      permissionsOfRoles('auditee', ['approver']),
    );
    expect(permissionsOfRoles('auditee', ['top_management'])).toEqual([
      'org.read',
      'members.read',
      'audit_log.read',
      'ai_system.read',
      'aims.read',
      'aims.approve',
    ]);
  });

  it('grants nothing for a role that does not fit the organization kind', () => {
    expect(permissionsOfRoles('certification_body', ['aims_manager'])).toEqual([]);
  });
});

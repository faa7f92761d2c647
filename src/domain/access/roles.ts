/**
 * Tenancy and roles (DESIGN.md §2): an organization is an auditee or a
 * certification body; a membership gives a user one role in one organization.
 * The permission matrix below is the single source of who may do what.
 */
export const ORG_KINDS = ['auditee', 'certification_body'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const AUDITEE_ROLES = [
  'admin',
  'aims_manager',
  'contributor',
  'approver',
  'top_management',
  'viewer',
] as const;
export type AuditeeRole = (typeof AUDITEE_ROLES)[number];

export const CERTIFICATION_BODY_ROLES = [
  'admin',
  'lead_auditor',
  'auditor',
  'decision_maker',
] as const;
export type CertificationBodyRole = (typeof CERTIFICATION_BODY_ROLES)[number];

export const ROLES = [...new Set([...AUDITEE_ROLES, ...CERTIFICATION_BODY_ROLES])] as [
  AuditeeRole | CertificationBodyRole,
  ...(AuditeeRole | CertificationBodyRole)[],
];
export type Role = AuditeeRole | CertificationBodyRole;

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  aims_manager: 'AIMS manager',
  contributor: 'Contributor',
  approver: 'Approver',
  top_management: 'Top management',
  viewer: 'Viewer',
  lead_auditor: 'Lead auditor',
  auditor: 'Auditor',
  decision_maker: 'Certification decision maker',
};

export const PERMISSIONS = [
  'org.read',
  'members.read',
  'members.manage',
  'audit_log.read',
  'ai_system.read',
  'ai_system.write',
  'aims.read',
  'aims.write',
  'aims.approve',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL_AUDITEE_READS: readonly Permission[] = [
  'org.read',
  'members.read',
  'ai_system.read',
  'aims.read',
];
const AIMS_WRITES: readonly Permission[] = ['ai_system.write', 'aims.write'];

/**
 * Approving (scope, documents) belongs to the approver and to top management
 * (ISO/IEC 42001 clause 5 gives top management the sign-off): segregation of
 * duties means the people who write the AIMS records do not sign them off.
 */
const AUDITEE_MATRIX: Readonly<Record<AuditeeRole, readonly Permission[]>> = {
  admin: [...ALL_AUDITEE_READS, 'members.manage', 'audit_log.read', ...AIMS_WRITES],
  aims_manager: [...ALL_AUDITEE_READS, 'audit_log.read', ...AIMS_WRITES],
  contributor: [...ALL_AUDITEE_READS, ...AIMS_WRITES],
  approver: [...ALL_AUDITEE_READS, 'audit_log.read', 'aims.approve'],
  top_management: [...ALL_AUDITEE_READS, 'audit_log.read', 'aims.approve'],
  viewer: ALL_AUDITEE_READS,
};

const CB_MATRIX: Readonly<Record<CertificationBodyRole, readonly Permission[]>> = {
  admin: ['org.read', 'members.read', 'members.manage', 'audit_log.read'],
  lead_auditor: ['org.read', 'members.read', 'audit_log.read'],
  auditor: ['org.read', 'members.read'],
  decision_maker: ['org.read', 'members.read', 'audit_log.read'],
};

/** The roles a membership may hold in an organization of the given kind. */
export const rolesForKind = (kind: OrgKind): readonly Role[] =>
  kind === 'auditee' ? AUDITEE_ROLES : CERTIFICATION_BODY_ROLES;

export const isRoleAllowedForKind = (kind: OrgKind, role: string): role is Role =>
  (rolesForKind(kind) as readonly string[]).includes(role);

/** Permissions granted by one role in an organization of the given kind. */
export const permissionsOf = (kind: OrgKind, role: Role): readonly Permission[] => {
  if (kind === 'auditee') {
    return isRoleAllowedForKind('auditee', role) ? AUDITEE_MATRIX[role as AuditeeRole] : [];
  }
  return isRoleAllowedForKind('certification_body', role)
    ? CB_MATRIX[role as CertificationBodyRole]
    : [];
};

/** Whether any of the roles a user holds in one organization grants the permission. */
export const hasPermission = (
  kind: OrgKind,
  roles: readonly Role[],
  permission: Permission,
): boolean => roles.some((role) => permissionsOf(kind, role).includes(permission));

/** Every permission the roles grant together, sorted, for the UI to show the actions it may offer. */
export const permissionsOfRoles = (kind: OrgKind, roles: readonly Role[]): Permission[] =>
  PERMISSIONS.filter((permission) => hasPermission(kind, roles, permission));

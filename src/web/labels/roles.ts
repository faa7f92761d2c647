/**
 * Display names of membership roles. Which roles an organization of a kind
 * can grant is decided by the API; the lists below only feed the role picker
 * until the API publishes them, and the API still validates every choice.
 */
import type { Schemas } from '../api/client.js';

export type Role = Schemas['Member']['role'];
export type OrgKind = Schemas['Organization']['kind'];

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

const ROLE_CHOICES: Readonly<Record<OrgKind, readonly Role[]>> = {
  auditee: ['admin', 'aims_manager', 'contributor', 'approver', 'top_management', 'viewer'],
  certification_body: ['admin', 'lead_auditor', 'auditor', 'decision_maker'],
};

export const roleOptions = (kind: OrgKind) =>
  ROLE_CHOICES[kind].map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export const ORG_KIND_LABELS: Readonly<Record<OrgKind, string>> = {
  auditee: 'Auditee',
  certification_body: 'Certification body',
};

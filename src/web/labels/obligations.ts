/** Display names and colours of obligation kinds and compliance statuses. */
import type { Schemas } from '../api/client.js';

type Obligation = Schemas['Obligation'];
export type ObligationKind = Obligation['kind'];
export type ComplianceStatus = Obligation['complianceStatus'];

export const OBLIGATION_KIND_LABELS: Readonly<Record<ObligationKind, string>> = {
  legal: 'Legal',
  regulatory: 'Regulatory',
  contractual: 'Contractual',
  voluntary: 'Voluntary',
};

export const COMPLIANCE_STATUS_LABELS: Readonly<Record<ComplianceStatus, string>> = {
  not_assessed: 'Not assessed',
  compliant: 'Compliant',
  partially_compliant: 'Partially compliant',
  non_compliant: 'Non-compliant',
};

export const COMPLIANCE_STATUS_COLORS: Readonly<Record<ComplianceStatus, string>> = {
  not_assessed: 'gray',
  compliant: 'teal',
  partially_compliant: 'yellow',
  non_compliant: 'red',
};

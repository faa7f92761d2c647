/** The registers on the register kit, by their path under /api/v1/orgs/{orgId}, in declaration order. */
export const REGISTERS = [
  'ai-systems',
  'obligations',
  'context-issues',
  'interested-parties',
  'objectives',
  'documents',
  'risks',
  'organization-controls',
] as const;

/** Declared registers that only export (a view over another register's rows). */
export const EXPORT_ONLY_REGISTERS = ['risk-treatment-plan'] as const;

export type RegisterPath = (typeof REGISTERS)[number];

/** The registers on the register kit, by their path under /api/v1/orgs/{orgId}, in declaration order. */
export const REGISTERS = [
  'ai-systems',
  'obligations',
  'context-issues',
  'interested-parties',
  'objectives',
  'documents',
] as const;

export type RegisterPath = (typeof REGISTERS)[number];

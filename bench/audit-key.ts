/** The bench's databases are throwaway: one fixed audit key serves the generator and the server. */
import type { AuditKeySource } from '../src/services/audit-key.js';

export const BENCH_AUDIT_KEY: AuditKeySource = { kind: 'secret', secret: 'be'.repeat(32) };

/** Builds every service over one set of dependencies (the composition roots call this). */
import { CATALOG } from '../domain/catalog/index.js';
import { createAiSystemService } from './ai-system.service.js';
import { createAuditLogService } from './audit-log.service.js';
import { createAuthService } from './auth.service.js';
import type { ServiceDeps } from './context.js';
import { createDemoSeedService } from './demo-seed.service.js';
import { createOrganizationService } from './organization.service.js';
import { createObjectiveService } from './objective.service.js';
import { createScopeService } from './scope.service.js';
import { createSystemService } from './system.service.js';

export const createServices = (deps: ServiceDeps) => {
  const organizations = createOrganizationService(deps);
  const aiSystems = createAiSystemService(deps);
  return {
    deps,
    auth: createAuthService(deps),
    organizations,
    aiSystems,
    auditLog: createAuditLogService(deps),
    system: createSystemService(deps.database),
    scope: createScopeService(deps),
    objectives: createObjectiveService(deps),
    catalog: { get: () => CATALOG },
    demo: createDemoSeedService({ organizations, aiSystems }),
  };
};

export type Services = ReturnType<typeof createServices>;
export type { Actor, ServiceDeps } from './context.js';

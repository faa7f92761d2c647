/** The obligations register: legal, regulatory, contractual and voluntary requirements. */
import type { RoutePlugin } from '../../route-plugin.js';
import { registerRoutesOf } from '../../register-routes.js';
import {
  NewObligationBody,
  Obligation,
  ObligationListQuery,
  ObligationPatchBody,
} from './schemas.js';

export const obligationRoutes: RoutePlugin = (services) => async (app) => {
  registerRoutesOf(app, {
    path: 'obligations',
    idParam: 'obligationId',
    tags: ['Obligations'],
    summaries: {
      list: 'Obligations of the organization: filter, search, sort, paginate',
      create: 'Register an obligation',
      get: 'One obligation',
      update: 'Change an obligation: the fields sent replace the stored ones',
      remove: 'Delete an obligation (the audit trail keeps what it said)',
    },
    schemas: {
      query: ObligationListQuery,
      create: NewObligationBody,
      patch: ObligationPatchBody,
      row: Obligation,
    },
    service: services.obligations,
  });
};

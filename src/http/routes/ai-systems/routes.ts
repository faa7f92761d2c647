/** The AI system inventory of an organization. */
import type { RoutePlugin } from '../../route-plugin.js';
import { registerRoutesOf } from '../../register-routes.js';
import { AiSystem, AiSystemPatchBody, ListQuery, NewAiSystemBody } from './schemas.js';

export const aiSystemRoutes: RoutePlugin = (services) => async (app) => {
  registerRoutesOf(app, {
    path: 'ai-systems',
    idParam: 'aiSystemId',
    tags: ['AI systems'],
    summaries: {
      list: 'AI systems of the organization: search, filter, sort, paginate',
      create: 'Add an AI system to the inventory',
      get: 'One AI system',
      update: 'Change an AI system: the fields sent replace the stored ones',
    },
    schemas: {
      query: ListQuery,
      create: NewAiSystemBody,
      patch: AiSystemPatchBody,
      row: AiSystem,
    },
    service: services.aiSystems,
  });
};

/** The organization's own controls (clause 6.1.3), which risk treatment actions link by reference. */
import type { RoutePlugin } from '../../route-plugin.js';
import { registerRoutesOf } from '../../register-routes.js';
import {
  NewOrganizationControlBody,
  OrganizationControl,
  OrganizationControlListQuery,
  OrganizationControlPatchBody,
} from './schemas.js';

export const organizationControlRoutes: RoutePlugin = (services) => async (app) => {
  registerRoutesOf(app, {
    path: 'organization-controls',
    idParam: 'organizationControlId',
    tags: ['Organization controls'],
    summaries: {
      list: 'The organization’s own controls: filter, search, sort, paginate',
      create:
        'Add a control of the organization’s own (the next free ORG-n unless a reference is given)',
      get: 'One organization control',
      update: 'Change an organization control: the fields sent replace the stored ones',
      remove: 'Delete an organization control that no treatment action links',
    },
    schemas: {
      query: OrganizationControlListQuery,
      create: NewOrganizationControlBody,
      patch: OrganizationControlPatchBody,
      row: OrganizationControl,
    },
    service: services.organizationControls,
  });
};

/** The Statement of Applicability, its entries and its approved versions (ISO/IEC 42001 6.1.3 d). */
import { z } from 'zod';
import { actorOf } from '../../authentication.js';
import type { RoutePlugin } from '../../route-plugin.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import { ReturnBody, SubmitBody } from '../documents/schemas.js';
import {
  SoaCompareQuery,
  SoaComparison,
  SoaDraftBody,
  SoaEntryBody,
  SoaEntryParams,
  SoaEntryView,
  SoaExportQuery,
  SoaListQuery,
  SoaOverview,
  SoaVersion,
  SoaVersionParams,
  SoaVersionsOverview,
} from './schemas.js';

export const soaRoutes: RoutePlugin = (services) => async (app) => {
  const tags = ['Statement of Applicability'];
  const base = '/api/v1/orgs/:orgId/soa';
  const versions = `${base}/versions`;
  const one = `${versions}/:version`;
  const writeErrors = { 409: ErrorSchema, ...orgRouteErrors };
  const soa = services.soa;

  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'The live SoA: every Annex A control and organization control with its decision and derived links, filtered; the versions in force, published and open; and whether the version in force is older than the risk register',
        params: OrgParams,
        querystring: SoaListQuery,
        response: { 200: SoaOverview, ...orgRouteErrors },
      },
    },
    async (request) => {
      const { objective, applicability, status, owner, reviewDue, evidence } = request.query;
      return soa.overview(actorOf(request), request.params.orgId, {
        objectiveId: objective,
        applicability,
        implementationStatus: status,
        ownerUserId: owner,
        isReviewDue: reviewDue,
        evidence,
      });
    },
  );

  app.get(
    `${base}/export`,
    {
      schema: {
        tags,
        summary: 'The live SoA, or one version, as XLSX, CSV or PDF',
        produces: [
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'text/csv',
          'application/pdf',
        ],
        params: OrgParams,
        querystring: SoaExportQuery,
        response: { 200: z.unknown().describe('The file'), ...orgRouteErrors },
      },
    },
    async (request, reply) => {
      const file = await soa.export(
        actorOf(request),
        request.params.orgId,
        request.query.format,
        request.query.version,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.get(
    `${base}/compare`,
    {
      schema: {
        tags,
        summary: 'Two versions side by side: what changed, control by control, and why',
        params: OrgParams,
        querystring: SoaCompareQuery,
        response: { 200: SoaComparison, ...orgRouteErrors },
      },
    },
    async (request) =>
      soa.compare(actorOf(request), request.params.orgId, request.query.base, request.query.next),
  );

  app.get(
    `${base}/entries/:controlId`,
    {
      schema: {
        tags,
        summary: 'One control of the live SoA with everything linked to it',
        params: SoaEntryParams,
        response: { 200: SoaEntryView, ...orgRouteErrors },
      },
    },
    async (request) => soa.entry(actorOf(request), request.params.orgId, request.params.controlId),
  );

  app.patch(
    `${base}/entries/:controlId`,
    {
      schema: {
        tags,
        summary:
          'Change the decision about a control: applicability, justification, implementation status, owner, review date',
        params: SoaEntryParams,
        body: SoaEntryBody,
        response: { 200: SoaEntryView, ...writeErrors },
      },
    },
    async (request) =>
      soa.updateEntry(
        actorOf(request),
        request.params.orgId,
        request.params.controlId,
        request.body,
      ),
  );

  app.get(
    versions,
    {
      schema: {
        tags,
        summary: 'Every version of the SoA, and the ones in force, published and open',
        params: OrgParams,
        response: { 200: SoaVersionsOverview, ...orgRouteErrors },
      },
    },
    async (request) => soa.versions(actorOf(request), request.params.orgId),
  );

  app.post(
    versions,
    {
      schema: {
        tags,
        summary: 'Open a draft that freezes the live SoA, with what it changes and why',
        params: OrgParams,
        body: SoaDraftBody,
        response: { 201: SoaVersion, ...writeErrors },
      },
    },
    async (request, reply) => {
      const draft = await soa.createDraft(
        actorOf(request),
        request.params.orgId,
        request.body?.changeSummary,
      );
      return reply.status(201).send(draft);
    },
  );

  app.get(
    one,
    {
      schema: {
        tags,
        summary: 'One version of the SoA with its frozen snapshot',
        params: SoaVersionParams,
        response: { 200: SoaVersion, ...orgRouteErrors },
      },
    },
    async (request) => soa.version(actorOf(request), request.params.orgId, request.params.version),
  );

  app.post(
    `${one}/refresh`,
    {
      schema: {
        tags,
        summary:
          'Take the draft’s snapshot again from the live SoA (whoever refreshes it cannot approve it)',
        params: SoaVersionParams,
        body: SoaDraftBody,
        response: { 200: SoaVersion, ...writeErrors },
      },
    },
    async (request) =>
      soa.refresh(
        actorOf(request),
        request.params.orgId,
        request.params.version,
        request.body?.changeSummary,
      ),
  );

  app.post(
    `${one}/return`,
    {
      schema: {
        tags,
        summary: 'Send a version in review back to draft, saying why',
        params: SoaVersionParams,
        body: ReturnBody,
        response: { 200: SoaVersion, ...writeErrors },
      },
    },
    async (request) =>
      soa.returnToDraft(
        actorOf(request),
        request.params.orgId,
        request.params.version,
        request.body.comment,
      ),
  );

  const steps = {
    submit:
      'Send the draft for review (refused while any control is undecided, unjustified or due for review)',
    approve:
      'Approve a version in review (by someone who neither created nor refreshed it); supersedes the version in force',
    publish:
      'Publish the version in force: the one the certification body reads (the one published before is unpublished)',
  } as const;
  for (const action of ['submit', 'approve', 'publish'] as const) {
    app.post(
      `${one}/${action}`,
      {
        schema: {
          tags,
          summary: steps[action],
          params: SoaVersionParams,
          body: SubmitBody,
          response: { 200: SoaVersion, ...writeErrors },
        },
      },
      async (request) =>
        soa[action](actorOf(request), request.params.orgId, request.params.version),
    );
  }

  app.delete(
    one,
    {
      schema: {
        tags,
        summary: 'Discard the draft',
        params: SoaVersionParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await soa.discardDraft(actorOf(request), request.params.orgId, request.params.version);
      return reply.status(204).send(null);
    },
  );
};

/** AI system impact assessments and their versions (ISO/IEC 42001 6.1.4, 8.4; ISO/IEC 42005). */
import { z } from 'zod';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { pdfResponse, sendPdf } from '../../pdf-reply.js';
import type { RoutePlugin } from '../../route-plugin.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import { ReturnBody, SubmitBody } from '../documents/schemas.js';
import {
  AiSystemParams,
  ImpactAssessmentBody,
  ImpactAssessmentHistory,
  ImpactAssessmentOverview,
  ImpactAssessmentParams,
  ImpactAssessmentVersion,
} from './schemas.js';

export const impactAssessmentRoutes: RoutePlugin = (services) => async (app) => {
  const tags = ['Impact assessments'];
  const writeErrors = { 409: ErrorSchema, ...orgRouteErrors };
  const assessments = services.impactAssessments;
  const version = '/api/v1/orgs/:orgId/impact-assessments/:versionId';

  app.get(
    '/api/v1/orgs/:orgId/impact-assessments',
    {
      schema: {
        tags,
        summary:
          'Every AI system with its approved and open impact assessment, and which in-scope systems lack a current one',
        params: OrgParams,
        response: { 200: ImpactAssessmentOverview, ...orgRouteErrors },
      },
    },
    async (request) => assessments.overview(actorOf(request), request.params.orgId),
  );

  app.get(
    '/api/v1/orgs/:orgId/ai-systems/:aiSystemId/impact-assessments',
    {
      schema: {
        tags,
        summary: "The versions of an AI system's impact assessment, newest first",
        params: AiSystemParams,
        response: { 200: ImpactAssessmentHistory, ...orgRouteErrors },
      },
    },
    async (request) =>
      assessments.listVersions(actorOf(request), request.params.orgId, request.params.aiSystemId),
  );

  app.post(
    '/api/v1/orgs/:orgId/ai-systems/:aiSystemId/impact-assessments',
    {
      schema: {
        tags,
        summary:
          'Open a draft impact assessment for the AI system (starting from the approved one, if any)',
        params: AiSystemParams,
        body: ImpactAssessmentBody,
        response: { 201: ImpactAssessmentVersion, ...writeErrors },
      },
    },
    async (request, reply) => {
      const draft = await assessments.createDraft(
        actorOf(request),
        request.params.orgId,
        request.params.aiSystemId,
        compact(request.body),
      );
      return reply.status(201).send(draft);
    },
  );

  app.get(
    version,
    {
      schema: {
        tags,
        summary:
          'One impact assessment version, with what changed since the approved version before it and its impact profile',
        params: ImpactAssessmentParams,
        response: { 200: ImpactAssessmentVersion, ...orgRouteErrors },
      },
    },
    async (request) =>
      assessments.get(actorOf(request), request.params.orgId, request.params.versionId),
  );

  app.patch(
    version,
    {
      schema: {
        tags,
        summary: 'Change the draft: the fields sent replace the stored ones',
        params: ImpactAssessmentParams,
        body: ImpactAssessmentBody,
        response: { 200: ImpactAssessmentVersion, ...writeErrors },
      },
    },
    async (request) =>
      assessments.updateDraft(
        actorOf(request),
        request.params.orgId,
        request.params.versionId,
        compact(request.body),
      ),
  );

  app.post(
    `${version}/return`,
    {
      schema: {
        tags,
        summary: 'Send a version under review back to draft, saying why',
        params: ImpactAssessmentParams,
        body: ReturnBody,
        response: { 200: ImpactAssessmentVersion, ...writeErrors },
      },
    },
    async (request) =>
      assessments.returnToDraft(
        actorOf(request),
        request.params.orgId,
        request.params.versionId,
        request.body.comment,
      ),
  );

  const steps = {
    submit: 'Send a complete draft for review',
    approve:
      'Approve a version in review (an approver who did not write it); supersedes the version in force',
  } as const;
  for (const step of ['submit', 'approve'] as const) {
    app.post(
      `${version}/${step}`,
      {
        schema: {
          tags,
          summary: steps[step],
          params: ImpactAssessmentParams,
          body: SubmitBody,
          response: { 200: ImpactAssessmentVersion, ...writeErrors },
        },
      },
      async (request) =>
        assessments[step](actorOf(request), request.params.orgId, request.params.versionId),
    );
  }

  app.delete(
    version,
    {
      schema: {
        tags,
        summary: 'Discard the draft',
        params: ImpactAssessmentParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await assessments.discardDraft(
        actorOf(request),
        request.params.orgId,
        request.params.versionId,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${version}/pdf`,
    {
      schema: {
        tags,
        summary: 'The impact assessment version as a PDF',
        produces: ['application/pdf'],
        params: ImpactAssessmentParams,
        response: {
          200: pdfResponse('The PDF, named after the AI system and the version'),
          ...orgRouteErrors,
        },
      },
    },
    async (request, reply) => {
      const file = await assessments.renderPdf(
        actorOf(request),
        request.params.orgId,
        request.params.versionId,
      );
      return sendPdf(reply, file);
    },
  );
};

/** The AI risk register (clauses 6.1.2, 6.1.3, 8.2, 8.3): risks, treatment, acceptance, closing. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { exact } from '../../compact.js';
import { pdfResponse, sendPdf } from '../../pdf-reply.js';
import { registerRoutesOf } from '../../register-routes.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import {
  AcceptanceBody,
  AcceptanceParams,
  HarmParams,
  NewRiskBody,
  NewTreatmentActionBody,
  ReassessBody,
  Risk,
  RiskHeatMap,
  RiskListQuery,
  RiskParams,
  RiskPatchBody,
  RiskTrend,
  RiskTrendQuery,
  TreatmentActionParams,
  TreatmentActionPatchBody,
} from './schemas.js';

export const riskRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['AI risks'];
    const base = '/api/v1/orgs/:orgId/risks';
    const answer = { 200: Risk, 409: ErrorSchema, ...orgRouteErrors };

    app.get(
      `${base}/heat-map`,
      {
        schema: {
          tags,
          summary: 'Heat map of the open risks, inherent and residual, counted per cell',
          params: OrgParams,
          response: { 200: RiskHeatMap, ...orgRouteErrors },
        },
      },
      (request) => services.risks.heatMap(actorOf(request), request.params.orgId),
    );

    app.get(
      `${base}/trend`,
      {
        schema: {
          tags,
          summary: 'Open risks by level, month by month, from the figures the daily job records',
          params: OrgParams,
          querystring: RiskTrendQuery,
          response: { 200: RiskTrend, ...orgRouteErrors },
        },
      },
      (request) =>
        services.riskTrend.trend(actorOf(request), request.params.orgId, request.query.months),
    );

    app.get(
      `${base}/report.pdf`,
      {
        schema: {
          tags,
          summary: 'The AI risk report: heat maps, trend and register as a PDF',
          produces: ['application/pdf'],
          params: OrgParams,
          response: {
            200: pdfResponse('The PDF, named after the organization and the day'),
            ...orgRouteErrors,
          },
        },
      },
      async (request, reply) =>
        sendPdf(reply, await services.riskReport.renderPdf(actorOf(request), request.params.orgId)),
    );

    registerRoutesOf(app, {
      path: 'risks',
      idParam: 'riskId',
      tags,
      summaries: {
        list: 'Risks and opportunities: filter (a heat-map cell too), search, sort, paginate',
        create: 'Register a risk or an opportunity, scored against the risk criteria in force',
        get: 'One risk with its treatment actions and acceptances',
        update: 'Change a risk: the fields sent replace the stored ones',
        remove: 'Delete a risk (the audit trail keeps what it said)',
      },
      schemas: { query: RiskListQuery, create: NewRiskBody, patch: RiskPatchBody, row: Risk },
      service: services.risks,
    });

    app.post(
      '/api/v1/orgs/:orgId/impact-assessments/:versionId/impacts/:impactId/risk',
      {
        schema: {
          tags,
          summary: 'Raise a risk in the register from a harm of an impact assessment',
          params: HarmParams,
          response: { 201: Risk, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { orgId, versionId, impactId } = request.params;
        const risk = await services.risks.raiseFromHarm(
          actorOf(request),
          orgId,
          versionId,
          impactId,
        );
        return reply.status(201).send(risk);
      },
    );

    app.post(
      `${base}/:riskId/reassess`,
      {
        schema: {
          tags,
          summary: 'Score the risk again against the risk criteria in force',
          params: RiskParams,
          body: ReassessBody,
          response: answer,
        },
      },
      (request) =>
        services.risks.reassess(
          actorOf(request),
          request.params.orgId,
          request.params.riskId,
          exact(request.body),
        ),
    );

    app.post(
      `${base}/:riskId/treatment-actions`,
      {
        schema: {
          tags,
          summary: 'Add a treatment action, linking Annex A and organization controls',
          params: RiskParams,
          body: NewTreatmentActionBody,
          response: { 201: Risk, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { orgId, riskId } = request.params;
        const risk = await services.risks.addTreatmentAction(
          actorOf(request),
          orgId,
          riskId,
          exact(request.body),
        );
        return reply.status(201).send(risk);
      },
    );

    app.patch(
      `${base}/:riskId/treatment-actions/:actionId`,
      {
        schema: {
          tags,
          summary: 'Change a treatment action',
          params: TreatmentActionParams,
          body: TreatmentActionPatchBody,
          response: answer,
        },
      },
      (request) => {
        const { orgId, riskId, actionId } = request.params;
        return services.risks.updateTreatmentAction(
          actorOf(request),
          orgId,
          riskId,
          actionId,
          exact(request.body),
        );
      },
    );

    app.delete(
      `${base}/:riskId/treatment-actions/:actionId`,
      {
        schema: {
          tags,
          summary: 'Remove a treatment action (the audit trail keeps it)',
          params: TreatmentActionParams,
          response: answer,
        },
      },
      (request) => {
        const { orgId, riskId, actionId } = request.params;
        return services.risks.removeTreatmentAction(actorOf(request), orgId, riskId, actionId);
      },
    );

    app.post(
      `${base}/:riskId/request-acceptance`,
      {
        schema: {
          tags,
          summary: 'Ask for the residual risk to be accepted (the asker may not accept it)',
          params: RiskParams,
          response: answer,
        },
      },
      (request) =>
        services.risks.requestAcceptance(
          actorOf(request),
          request.params.orgId,
          request.params.riskId,
        ),
    );

    app.post(
      `${base}/:riskId/acceptances`,
      {
        schema: {
          tags,
          summary: 'Accept the residual risk until a date, with the rationale',
          params: RiskParams,
          body: AcceptanceBody,
          response: { 201: Risk, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { orgId, riskId } = request.params;
        const risk = await services.risks.accept(actorOf(request), orgId, riskId, request.body);
        return reply.status(201).send(risk);
      },
    );

    app.post(
      `${base}/:riskId/acceptances/:acceptanceId/revoke`,
      {
        schema: {
          tags,
          summary: 'Withdraw an acceptance before it expires',
          params: AcceptanceParams,
          response: answer,
        },
      },
      (request) => {
        const { orgId, riskId, acceptanceId } = request.params;
        return services.risks.revokeAcceptance(actorOf(request), orgId, riskId, acceptanceId);
      },
    );

    app.post(
      `${base}/:riskId/close`,
      {
        schema: {
          tags,
          summary: 'Close the risk, when treated to the threshold or accepted',
          params: RiskParams,
          response: answer,
        },
      },
      (request) =>
        services.risks.close(actorOf(request), request.params.orgId, request.params.riskId),
    );
  };

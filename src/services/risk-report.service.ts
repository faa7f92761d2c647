/**
 * The AI risk report: the heat maps, the trend and the register in one PDF,
 * as the caller may read them, with people by name and the register the
 * severest current level first.
 */
import {
  RISK_KIND_LABELS,
  RISK_STATUS_LABELS,
  TREATMENT_OPTION_LABELS,
} from '../domain/risk/risk.js';
import { shortLabel } from '../domain/labelled-values.js';
import { listMembers } from '../storage/organization.repository.js';
import { authorize } from './authorization.js';
import { now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { riskReportPdf } from './pdf/risk-report-pdf.js';
import type { PdfFile } from './pdf/pdf-document.js';
import type { RiskReportRow } from './pdf/risk-report-pdf.js';
import { everyRisk } from './registers/every-risk.js';
import { createRiskService } from './registers/risk.service.js';
import { createRiskTrendService } from './risk-trend.service.js';
import { slugOf } from './impact-assessment-export.js';

const dash = (value: string | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : value;

export const createRiskReportService = (deps: ServiceDeps) => {
  const risks = createRiskService(deps);
  const trends = createRiskTrendService(deps);

  return {
    async renderPdf(actor: Actor, organizationId: string): Promise<PdfFile> {
      const access = await authorize(reader(deps), actor, organizationId, 'aims.read');
      const map = await risks.heatMap(actor, organizationId);
      const trend = await trends.trend(actor, organizationId);
      const members = await listMembers(reader(deps), organizationId);
      const names = new Map(members.map((member) => [member.userId, member.name]));
      const rows: RiskReportRow[] = (await everyRisk(risks, actor, organizationId)).map((risk) => ({
        statement: risk.statement,
        kind: shortLabel(RISK_KIND_LABELS[risk.kind]),
        owner: dash(risk.ownerUserId === null ? null : names.get(risk.ownerUserId)),
        inherent: dash(risk.inherent?.label),
        residual: dash(risk.residual?.label),
        treatment: dash(
          risk.treatmentOption === null
            ? null
            : shortLabel(TREATMENT_OPTION_LABELS[risk.treatmentOption]),
        ),
        status: shortLabel(RISK_STATUS_LABELS[risk.effectiveStatus]),
        reviewDate: dash(risk.reviewDate),
        acceptedUntil: dash(risk.acceptedUntil),
      }));
      const criteria =
        map.criteria && map.inherent && map.residual
          ? {
              version: map.criteria.version,
              likelihood: map.criteria.likelihood,
              consequence: map.criteria.consequence,
              levels: map.criteria.levels,
              thresholdLabel:
                map.criteria.levels.find((level) => level.key === map.criteria?.acceptanceThreshold)
                  ?.label ?? map.criteria.acceptanceThreshold,
              inherent: map.inherent,
              residual: map.residual,
            }
          : null;
      const generatedAt = now(deps);
      const content = await riskReportPdf({
        organizationName: access.organization.name,
        generatedAt,
        criteria,
        unscored: map.unscored,
        awaitingReassessment: map.awaitingReassessment,
        trend,
        risks: rows,
      });
      return {
        fileName: `ai-risk-report-${slugOf(access.organization.name)}-${generatedAt.slice(0, 10)}.pdf`,
        contentType: 'application/pdf',
        content,
      };
    },
  };
};

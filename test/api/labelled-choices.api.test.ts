/** Choices written as a person writes them: labels and common names accepted, refusals naming labels. */
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { multipartFile } from '../harness/upload.js';

describe('choices by label', () => {
  const api = orgApiForSuite({ name: 'Labels Co' }, { manager: ['aims_manager'] });
  const create = (payload: object) =>
    call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems`,
      payload,
    });

  it('accepts labels and common names in the API and answers with the identifiers', async () => {
    const response = await create({
      name: 'Chat assistant',
      purpose: 'Answers customer questions',
      lifecycleStage: 'RÉ-ÉVALUATION',
      isInScope: true,
      euRiskClass: 'Low risk',
      aiRoles: ['AI provider', 'AI user'],
      dataCategories: ['No personal data'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      lifecycleStage: 're_evaluation',
      euRiskClass: 'minimal',
      aiRoles: ['ai_provider', 'ai_customer'],
      dataCategories: ['none'],
    });
  });

  it('refuses an unknown choice in the API by naming the labels and the identifiers', async () => {
    const response = await create({
      name: 'Scorer',
      purpose: 'Scores',
      lifecycleStage: 'production',
      isInScope: true,
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details).toMatchObject({
      issues: [
        {
          field: 'body.lifecycleStage',
          reason: expect.stringMatching(
            /^must be one of: Inception, Design and development, .* \(identifiers: inception, design_and_development, /,
          ),
        },
      ],
    });
  });

  it('reads labels and synonyms in an import, and names the labels for a value it cannot place', async () => {
    const csv = [
      'Name,Purpose,Life-cycle stage,In AIMS scope,EU AI Act risk class,Automation level',
      'Triage,Ranks claims,operation and monitoring,yes,High-risk,Decision support',
      'Bot,Answers,Déploiement,yes,Minimal,Human',
    ].join('\n');
    const response = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/import?dryRun=true`,
      ...multipartFile('systems.csv', csv),
    });
    const { errors, preview } = response.json<{
      errors: { line: number; field: string; reason: string }[];
      preview: Record<string, unknown>[];
    }>();
    expect(preview[0]).toMatchObject({
      lifecycleStage: 'operation_and_monitoring',
      euRiskClass: 'high_risk',
      automationLevel: 'decision_support',
    });
    expect(errors).toEqual([
      {
        line: 3,
        field: 'lifecycleStage',
        reason: expect.stringMatching(/^must be one of: Inception, Design and development, /),
      },
      {
        line: 3,
        field: 'automationLevel',
        reason: expect.stringMatching(
          /^"Human" could be Human in the loop .* or Human on the loop/,
        ),
      },
    ]);
  });
});

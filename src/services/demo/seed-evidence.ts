/**
 * The demo's evidence: small real files (PDFs made with the PDF kit, CSV and
 * text) and a few links, stored through the file store like any upload, on
 * every Annex A control but A.7.3 (the demo's Statement of Applicability
 * marks it not applicable). Relative to the demo's "today": two pieces
 * expire within 30 days and exactly one has expired.
 */
import type { ControlId } from '../../domain/catalog/index.js';
import { calendarDateOf } from '../../domain/validation.js';
import type { Actor } from '../context.js';
import type { CoreServices } from '../index.js';
import {
  framedDocument,
  heading,
  keyValueTable,
  paragraph,
  renderPdf,
} from '../pdf/pdf-document.js';
import { bytesSource } from '../registers/evidence-upload.js';

const DAY = 86_400_000;

type DemoContent =
  | {
      readonly kind: 'pdf';
      readonly name: string;
      readonly lines: readonly (readonly [string, string])[];
    }
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  | { readonly kind: 'link'; readonly url: string };

interface DemoEvidence {
  readonly title: string;
  readonly description: string;
  readonly controlIds: readonly ControlId[];
  readonly clauseIds?: readonly string[];
  /** Days before the demo's today that the fact was true. */
  readonly daysAgo: number;
  /** Days after today it holds until (negative: lapsed); else the review frequency decides. */
  readonly validForDays?: number;
  readonly reviewFrequencyMonths?: number;
  readonly content: DemoContent;
}

export const DEMO_EVIDENCE: readonly DemoEvidence[] = [
  {
    title: 'AI policy approval and communication record',
    description: 'Top management sign-off of the AI policy and the all-staff announcement.',
    controlIds: ['A.2.2', 'A.2.3', 'A.2.4'],
    clauseIds: ['5.2'],
    daysAgo: 90,
    reviewFrequencyMonths: 12,
    content: {
      kind: 'text',
      name: 'ai-policy-approval.txt',
      text: 'AI policy AIMS-POL-001 approved by the board.\nAnnounced to all staff on the intranet; read receipts kept by HR.\n',
    },
  },
  {
    title: 'AI roles and responsibilities matrix',
    description: 'Who is accountable, responsible, consulted and informed for each AIMS activity.',
    controlIds: ['A.3.2', 'A.3.3'],
    clauseIds: ['5.3'],
    daysAgo: 40,
    validForDays: 200,
    content: {
      kind: 'text',
      name: 'raci.csv',
      text: 'activity,accountable,responsible,consulted\nRisk assessment,AIMS manager,Model owners,Legal\nIncident reporting,Head of operations,Service desk,AIMS manager\nSupplier review,Procurement lead,Procurement,AIMS manager\n',
    },
  },
  {
    title: 'AI resource inventory export',
    description: 'Data, tooling, compute and people resources of each in-scope AI system.',
    controlIds: ['A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6'],
    daysAgo: 170,
    validForDays: 12,
    content: {
      kind: 'text',
      name: 'resource-inventory.csv',
      text: 'system,data,tooling,compute,people\nClaims triage,Claims 2019-2025,MLflow,GPU pool B,Data science team\nFraud signals,Payments ledger,Feature store,Batch cluster,Fraud analytics\n',
    },
  },
  {
    title: 'Impact assessment sign-off, claims triage',
    description: 'Approval of the AI system impact assessment and its review of affected groups.',
    controlIds: ['A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'],
    clauseIds: ['6.1.4', '8.4'],
    daysAgo: 100,
    reviewFrequencyMonths: 12,
    content: {
      kind: 'pdf',
      name: 'impact-assessment-sign-off.pdf',
      lines: [
        ['System', 'Claims triage'],
        ['Assessed impacts', 'Fairness across postcodes; delay for vulnerable claimants'],
        ['Decision', 'Approved with quarterly fairness testing'],
      ],
    },
  },
  {
    title: 'AI system lifecycle procedure review',
    description:
      'Annual review of the procedure covering design, development and change of AI systems.',
    controlIds: ['A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3'],
    daysAgo: 60,
    validForDays: 250,
    content: {
      kind: 'pdf',
      name: 'lifecycle-procedure-review.pdf',
      lines: [
        ['Procedure', 'AI system lifecycle'],
        ['Reviewed by', 'AIMS manager, engineering leads'],
        ['Outcome', 'Requirements and design records now mandatory before training'],
      ],
    },
  },
  {
    title: 'Model validation report, claims triage v3',
    description: 'Accuracy, robustness and fairness results against the release criteria.',
    controlIds: ['A.6.2.4', 'A.6.2.5'],
    clauseIds: ['8.1'],
    daysAgo: 150,
    validForDays: 25,
    content: {
      kind: 'pdf',
      name: 'validation-report-triage-v3.pdf',
      lines: [
        ['Model', 'Claims triage v3'],
        ['Accuracy', '0.91 (threshold 0.88)'],
        ['Fairness gap', '1.8 points (threshold 3)'],
        ['Release decision', 'Go'],
      ],
    },
  },
  {
    title: 'Deployment and operation checklist',
    description: 'Completed release checklist with monitoring and rollback in place.',
    controlIds: ['A.6.2.6', 'A.6.2.7'],
    daysAgo: 30,
    reviewFrequencyMonths: 6,
    content: {
      kind: 'text',
      name: 'deployment-checklist.txt',
      text: '[x] Monitoring dashboards live\n[x] Rollback tested\n[x] Event logging retained 12 months\n[x] Operators briefed\n',
    },
  },
  {
    title: 'Technical documentation index',
    description: 'The wiki page listing the technical documentation of every in-scope AI system.',
    controlIds: ['A.6.2.8'],
    daysAgo: 20,
    validForDays: 300,
    content: { kind: 'link', url: 'https://wiki.northwind.example/aims/technical-documentation' },
  },
  {
    title: 'Data quality and provenance review',
    description:
      'Review of data sources, provenance records and preparation steps for training data.',
    controlIds: ['A.7.2', 'A.7.4', 'A.7.5', 'A.7.6'],
    daysAgo: 370,
    validForDays: -5,
    content: {
      kind: 'text',
      name: 'data-quality-review.csv',
      text: 'dataset,provenance,quality check,result\nClaims 2019-2025,Core claims system,Completeness,passed\nPostcode claims table,Derived from own claims history,Timeliness,passed with notes\n',
    },
  },
  {
    title: 'Customer information notice for AI-assisted claims',
    description: 'The public page telling claimants how AI assists in handling their claim.',
    controlIds: ['A.8.2', 'A.8.3'],
    daysAgo: 75,
    content: { kind: 'link', url: 'https://www.northwind.example/claims/how-we-use-ai' },
  },
  {
    title: 'Incident reporting drill minutes',
    description: 'Tabletop exercise of reporting an AI incident to interested parties.',
    controlIds: ['A.8.4', 'A.8.5'],
    clauseIds: ['10.2'],
    daysAgo: 45,
    reviewFrequencyMonths: 12,
    content: {
      kind: 'text',
      name: 'incident-drill-minutes.txt',
      text: 'Scenario: triage model ranks claims wrongly after a data feed change.\nReported to the regulator within the agreed window. Two follow-up actions raised.\n',
    },
  },
  {
    title: 'Responsible use monitoring log',
    description: 'Monthly checks that AI systems are used for their intended purpose only.',
    controlIds: ['A.9.2', 'A.9.3', 'A.9.4'],
    clauseIds: ['9.1'],
    daysAgo: 10,
    validForDays: 120,
    content: {
      kind: 'text',
      name: 'responsible-use-log.csv',
      text: 'month,system,finding\n2026-09,Claims triage,none\n2026-10,Claims triage,one override without a reason (followed up)\n2026-11,Fraud signals,none\n',
    },
  },
  {
    title: 'Supplier AI clauses review',
    description: 'Review of AI-related clauses in contracts with model and service suppliers.',
    controlIds: ['A.10.2', 'A.10.3'],
    daysAgo: 50,
    validForDays: 180,
    content: {
      kind: 'pdf',
      name: 'supplier-clauses-review.pdf',
      lines: [
        ['Suppliers reviewed', '4'],
        ['Clauses added', 'Incident notification, model change notice, audit rights'],
      ],
    },
  },
  {
    title: 'Customer support chatbot information page',
    description:
      'The public page telling policyholders what the chatbot can and cannot answer and how to reach a person.',
    controlIds: ['A.8.2', 'A.10.4'],
    daysAgo: 35,
    reviewFrequencyMonths: 12,
    content: { kind: 'link', url: 'https://www.northwind.example/help/chatbot' },
  },
  {
    title: 'Correspondence model terms of use for group companies (draft)',
    description:
      'Draft terms telling group companies what the correspondence model is for, its limits and how releases are approved.',
    controlIds: ['A.10.4'],
    daysAgo: 15,
    reviewFrequencyMonths: 6,
    content: {
      kind: 'text',
      name: 'correspondence-model-terms-of-use-draft.txt',
      text: 'Claims correspondence language model: terms of use for group companies (draft 0.3)\nIntended use: drafting letters and e-mails that a person reviews before sending.\nNot for: deciding claims or cover, or sending drafts unreviewed.\nEach release is approved by the model risk committee; report problems to the AIMS manager.\n',
    },
  },
];

const pdfOf = (title: string, lines: readonly (readonly [string, string])[], at: Date) =>
  renderPdf(
    framedDocument({
      title,
      generatedAt: at,
      content: [heading(title), keyValueTable(lines), paragraph('Northwind Mutual (demo)')],
    }),
  );

/** Stores the demo's evidence, owned by the manager. */
export const seedEvidence = async (
  services: CoreServices,
  orgId: string,
  manager: Actor,
  ownerUserId: string | null,
) => {
  const now = services.deps.clock.now();
  const dayOf = (offset: number) => calendarDateOf(new Date(now.getTime() + offset * DAY));
  for (const entry of DEMO_EVIDENCE) {
    const version = {
      evidenceDate: dayOf(-entry.daysAgo),
      ...(entry.validForDays !== undefined ? { validUntil: dayOf(entry.validForDays) } : {}),
    };
    const item = {
      title: entry.title,
      description: entry.description,
      ownerUserId,
      ...(entry.reviewFrequencyMonths
        ? { reviewFrequencyMonths: entry.reviewFrequencyMonths }
        : {}),
      links: { controlIds: entry.controlIds, clauseIds: entry.clauseIds ?? [] },
    };
    const { content } = entry;
    if (content.kind === 'link') {
      await services.evidence.createLink(manager, orgId, {
        ...item,
        kind: 'link',
        version: { ...version, url: content.url },
      });
      continue;
    }
    const bytes =
      content.kind === 'pdf'
        ? await pdfOf(entry.title, content.lines, now)
        : Buffer.from(content.text, 'utf8');
    await services.evidence.createFile(
      manager,
      orgId,
      { ...item, kind: 'file', version },
      { fileName: content.name, source: bytesSource(bytes) },
    );
  }
};

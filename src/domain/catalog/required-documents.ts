/**
 * The documented information of ISO/IEC 42001:2023 (clause 7.5.1) that a
 * certification auditor expects to see: 20 clause-driven items, each tied to
 * the leaf clause that asks for it. 19 are required by a clause; one (the
 * impact assessment process of 6.1.4, whose results alone must be kept) is
 * recommended. Each item is either a document the organization maintains
 * (kept current, reviewed) or a record it retains (evidence of what happened,
 * kept unchanged). Feeds the required-documents register. Items flagged
 * "verify" in their notes are only partly sourced and must be checked against
 * the licensed text before they block anything.
 */
import type { ControlId } from './annex-a.js';
import type { LeafClauseId } from './clauses.js';
import { deepFreeze } from './freeze.js';

/** `document`: maintained and kept current; `record`: retained as evidence of what happened. */
export const REQUIRED_DOCUMENT_TYPES = ['document', 'record'] as const;
export type RequiredDocumentType = (typeof REQUIRED_DOCUMENT_TYPES)[number];

export const REQUIRED_DOCUMENT_TYPE_LABELS: Readonly<Record<RequiredDocumentType, string>> = {
  document: 'Maintained document',
  record: 'Retained record',
};

/**
 * `required`: a clause of the standard asks for it, so its absence is a gap;
 * `recommended`: good practice an auditor is likely to ask about, never a gap.
 */
export const DOCUMENT_NECESSITIES = ['required', 'recommended'] as const;
export type DocumentNecessity = (typeof DOCUMENT_NECESSITIES)[number];

export const DOCUMENT_NECESSITY_LABELS: Readonly<Record<DocumentNecessity, string>> = {
  required: 'Required',
  recommended: 'Recommended',
};

export type RequiredDocumentId = `RD-${number}`;

export interface RequiredDocument {
  readonly id: RequiredDocumentId;
  /** What the artefact is, in our own words. */
  readonly title: string;
  /** The leaf clause that requires it. */
  readonly clauseId: LeafClauseId;
  /** Other clauses that ask for the same artefact. */
  readonly relatedClauseIds: readonly LeafClauseId[];
  /** Annex A controls that expect the same artefact when they are applicable. */
  readonly relatedControlIds: readonly ControlId[];
  readonly type: RequiredDocumentType;
  readonly necessity: DocumentNecessity;
  readonly notes: string;
}

export const REQUIRED_DOCUMENTS = deepFreeze([
  {
    id: 'RD-01',
    title: 'AIMS scope statement',
    clauseId: '4.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'document',
    necessity: 'required',
    notes:
      'States the boundaries and applicability of the AIMS and the AI systems and roles it covers; it must reflect the issues from 4.1 and the requirements from 4.2.',
  },
  {
    id: 'RD-02',
    title: 'Description of the AIMS, its processes and their interactions',
    clauseId: '4.4',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'document',
    necessity: 'required',
    notes:
      'Specific to ISO/IEC 42001, which asks for the AIMS itself to be documented; several published checklists leave it out.',
  },
  {
    id: 'RD-03',
    title: 'AI policy',
    clauseId: '5.2',
    relatedClauseIds: [],
    relatedControlIds: ['A.2.2'],
    type: 'document',
    necessity: 'required',
    notes: 'The same policy satisfies Annex A control A.2.2.',
  },
  {
    id: 'RD-04',
    title: 'Record of actions taken to identify and address AI risks and opportunities',
    clauseId: '6.1.1',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes:
      'Evidence of what was actually done about the AI risks and opportunities determined under 6.1.1, kept as it happened rather than as a plan that is kept current.',
  },
  {
    id: 'RD-05',
    title: 'AI risk assessment process with risk criteria and method',
    clauseId: '6.1.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes:
      'Includes the criteria for accepting AI risk and how risks are identified, analysed and evaluated.',
  },
  {
    id: 'RD-06',
    title: 'AI risk treatment process',
    clauseId: '6.1.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes: 'How treatment options are chosen and controls determined.',
  },
  {
    id: 'RD-07',
    title: 'Statement of applicability',
    clauseId: '6.1.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'document',
    necessity: 'required',
    notes:
      'Covers every Annex A control as included or excluded with a justification and whether it is implemented, plus any additional controls; all identified risks and their controls must be reflected.',
  },
  {
    id: 'RD-08',
    title: 'AI risk treatment plan',
    clauseId: '6.1.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'document',
    necessity: 'required',
    notes: 'Carries management approval of the residual AI risks.',
  },
  {
    id: 'RD-09',
    title: 'AI system impact assessment process',
    clauseId: '6.1.4',
    relatedClauseIds: [],
    relatedControlIds: ['A.5.2'],
    type: 'document',
    necessity: 'recommended',
    notes:
      'Clause 6.1.4 asks for a defined process and for its results to be kept (see RD-16), not for the process itself to be written down; writing it down is good practice and what control A.5.2 expects when it is applicable.',
  },
  {
    id: 'RD-10',
    title: 'AI objectives and plans to achieve them',
    clauseId: '6.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'document',
    necessity: 'required',
    notes:
      'The objectives are kept available and current, each with what will be done, by whom, with which resources and by when.',
  },
  {
    id: 'RD-11',
    title: 'Evidence of competence',
    clauseId: '7.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes: 'Training, education or experience of people whose work affects AI performance.',
  },
  {
    id: 'RD-12',
    title: 'Documented information the organization deems necessary, with document control rules',
    clauseId: '7.5.1',
    relatedClauseIds: ['7.5.2', '7.5.3'],
    relatedControlIds: [],
    type: 'document',
    necessity: 'required',
    notes:
      'Whatever the organization itself needs for an effective AIMS, and the rules for creating, approving and controlling it.',
  },
  {
    id: 'RD-13',
    title: 'Evidence of operational planning and control',
    clauseId: '8.1',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes:
      'Only as much as needed to be confident that processes ran as planned. Verify the wording against the licensed text.',
  },
  {
    id: 'RD-14',
    title: 'AI risk assessment results',
    clauseId: '8.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes: 'Results of every AI risk assessment performed.',
  },
  {
    id: 'RD-15',
    title: 'AI risk treatment results',
    clauseId: '8.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes: 'Results of every AI risk treatment carried out.',
  },
  {
    id: 'RD-16',
    title: 'AI system impact assessment results',
    clauseId: '8.4',
    relatedClauseIds: ['6.1.4'],
    relatedControlIds: ['A.5.3'],
    type: 'record',
    necessity: 'required',
    notes:
      'Results of every AI system impact assessment, kept for the retention period the organization sets under A.5.3.',
  },
  {
    id: 'RD-17',
    title: 'Monitoring and measurement results',
    clauseId: '9.1',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes: 'Evidence of what was monitored and measured and how it was evaluated.',
  },
  {
    id: 'RD-18',
    title: 'Internal audit programme and audit results',
    clauseId: '9.2.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes: 'Evidence that the programme was carried out, and the result of each audit.',
  },
  {
    id: 'RD-19',
    title: 'Management review results',
    clauseId: '9.3.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes: 'Decisions on improvement opportunities and on changes to the AIMS.',
  },
  {
    id: 'RD-20',
    title: 'Nonconformities and corrective actions',
    clauseId: '10.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    necessity: 'required',
    notes:
      'The nature of each nonconformity, the actions taken and the results of any corrective action.',
  },
] as const satisfies readonly RequiredDocument[]);

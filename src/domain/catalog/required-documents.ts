/**
 * The mandatory documented information of ISO/IEC 42001:2023 that a
 * certification auditor expects to see: 20 clause-driven items, each tied to
 * the leaf clause that requires it. Feeds the required-documents register.
 * Items flagged "verify" in their notes are only partly sourced and must be
 * checked against the licensed text before they block anything.
 */
import type { ControlId } from './annex-a.js';
import type { LeafClauseId } from './clauses.js';
import { deepFreeze } from './freeze.js';

/** `document`: maintained and kept current; `record`: retained as evidence of what happened. */
export const REQUIRED_DOCUMENT_TYPES = ['document', 'record'] as const;
export type RequiredDocumentType = (typeof REQUIRED_DOCUMENT_TYPES)[number];

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
    notes: 'The same policy satisfies Annex A control A.2.2.',
  },
  {
    id: 'RD-04',
    title: 'Planned actions to address AI risks and opportunities',
    clauseId: '6.1.1',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'document',
    notes: 'Verify against the licensed text: only one secondary source lists it.',
  },
  {
    id: 'RD-05',
    title: 'AI risk assessment process with risk criteria and method',
    clauseId: '6.1.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
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
    notes: 'How treatment options are chosen and controls determined.',
  },
  {
    id: 'RD-07',
    title: 'Statement of applicability',
    clauseId: '6.1.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'document',
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
    notes: 'Carries management approval of the residual AI risks.',
  },
  {
    id: 'RD-09',
    title: 'AI system impact assessment process',
    clauseId: '6.1.4',
    relatedClauseIds: [],
    relatedControlIds: ['A.5.2'],
    type: 'document',
    notes: 'The same process satisfies Annex A control A.5.2.',
  },
  {
    id: 'RD-10',
    title: 'AI objectives and plans to achieve them',
    clauseId: '6.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    notes: 'Each objective with what will be done, by whom, with which resources and by when.',
  },
  {
    id: 'RD-11',
    title: 'Evidence of competence',
    clauseId: '7.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    notes: 'Training, education or experience of people whose work affects AI performance.',
  },
  {
    id: 'RD-12',
    title: 'Documented information the organization deems necessary, with document control rules',
    clauseId: '7.5.1',
    relatedClauseIds: ['7.5.2', '7.5.3'],
    relatedControlIds: [],
    type: 'document',
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
    notes: 'Results of every AI risk assessment performed.',
  },
  {
    id: 'RD-15',
    title: 'AI risk treatment results',
    clauseId: '8.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    notes: 'Results of every AI risk treatment carried out.',
  },
  {
    id: 'RD-16',
    title: 'AI system impact assessment results',
    clauseId: '8.4',
    relatedClauseIds: ['6.1.4'],
    relatedControlIds: ['A.5.3'],
    type: 'record',
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
    notes: 'Evidence of what was monitored and measured and how it was evaluated.',
  },
  {
    id: 'RD-18',
    title: 'Internal audit programme and audit results',
    clauseId: '9.2.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    notes: 'Evidence that the programme was carried out, and the result of each audit.',
  },
  {
    id: 'RD-19',
    title: 'Management review results',
    clauseId: '9.3.3',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    notes: 'Decisions on improvement opportunities and on changes to the AIMS.',
  },
  {
    id: 'RD-20',
    title: 'Nonconformities and corrective actions',
    clauseId: '10.2',
    relatedClauseIds: [],
    relatedControlIds: [],
    type: 'record',
    notes:
      'The nature of each nonconformity, the actions taken and the results of any corrective action.',
  },
] as const satisfies readonly RequiredDocument[]);

/**
 * The scope version's fields as the record history names them: the editor's
 * labels, the AI roles by their labels, and the parts of a site, an exclusion
 * and a considered requirement.
 */
import { AI_ROLE_LABELS } from '../../labels/ai-classification.js';
import type { FieldDeclaration } from '../../registers/declaration.js';
import { SCOPE_FIELD_LABELS } from './scope-labels.js';

const field = (
  name: string,
  label: string,
  type: FieldDeclaration['type'] = 'text',
  choices: FieldDeclaration['choices'] = null,
): FieldDeclaration => ({ field: name, label, type, choices, isRequired: false });

export const SCOPE_HISTORY_FIELDS: readonly FieldDeclaration[] = [
  field('statement', SCOPE_FIELD_LABELS.statement, 'long_text'),
  field(
    'aiRoles',
    SCOPE_FIELD_LABELS.aiRoles,
    'choice_list',
    Object.entries(AI_ROLE_LABELS).map(([value, label]) => ({ value, label })),
  ),
  field('organizationalUnits', SCOPE_FIELD_LABELS.organizationalUnits, 'text_list'),
  field('sites', SCOPE_FIELD_LABELS.sites),
  field('processes', SCOPE_FIELD_LABELS.processes, 'text_list'),
  field('aiSystemIds', SCOPE_FIELD_LABELS.aiSystemIds, 'ai_system_list'),
  field('interfaces', SCOPE_FIELD_LABELS.interfaces, 'text_list'),
  field('exclusions', SCOPE_FIELD_LABELS.exclusions),
  field('contextIssueIds', SCOPE_FIELD_LABELS.contextIssueIds),
  field('partyRequirements', SCOPE_FIELD_LABELS.partyRequirements),
  field('totalPeopleInScope', 'People in scope', 'number'),
  field('location', 'Location'),
  field('peopleInScope', 'People', 'number'),
  field('item', 'Excluded'),
  field('justification', 'Justification'),
  field('interestedPartyId', 'Interested party'),
  field('requirement', 'Requirement'),
];

/**
 * The check every record that names organization controls makes (a risk
 * treatment action does): each reference is a control of the organization.
 */
import type { FieldIssue } from '../../domain/errors.js';
import { isOrganizationControlId } from '../../domain/risk/organization-control.js';
import type { Executor } from '../../storage/database.js';
import { existingOrganizationControlReferences } from '../../storage/organization-control.repository.js';

/**
 * Reports, by its position in the list given, each reference that is not a
 * control of the organization. References are compared in capitals, as they
 * are stored; a malformed one is left to the record's own check.
 */
export const checkOrganizationControlLinks = async (
  db: Executor,
  organizationId: string,
  references: readonly string[] | undefined,
  issues: FieldIssue[],
  field = 'organizationControlIds',
): Promise<void> => {
  const normalized = (references ?? []).map((reference) => reference.trim().toUpperCase());
  const wellFormed = normalized.filter(isOrganizationControlId);
  const known = await existingOrganizationControlReferences(db, organizationId, wellFormed);
  normalized.forEach((reference, index) => {
    if (isOrganizationControlId(reference) && !known.has(reference))
      issues.push({
        field: `${field}.${index}`,
        reason: `"${reference}" is not a control of this organization; add it to the organization controls first`,
      });
  });
};

/**
 * The organization's own controls (ISO/IEC 42001 clause 6.1.3 allows controls
 * beyond Annex A): each has a reference of its own such as `ORG-1`, a title,
 * an owner, and optionally the Annex A control or control objective it
 * relates to. A risk treatment action links to them by that reference.
 */
import { ANNEX_A_GROUP_IDS, findControl, isControlId } from '../catalog/index.js';
import type { AnnexAGroupId, ControlId } from '../catalog/index.js';
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkText } from '../validation.js';
import type { Checked } from '../validation.js';

/**
 * A prefix of capital letters and digits starting with a letter (up to ten),
 * a hyphen, and a number from 1 without leading zeros: `ORG-1`, `SEC-12`.
 * The hyphen keeps them apart from Annex A ids (`A.6.2.4`).
 */
export const ORGANIZATION_CONTROL_ID_PATTERN = /^[A-Z][A-Z0-9]{0,9}-[1-9]\d{0,5}$/;
export const DEFAULT_ORGANIZATION_CONTROL_PREFIX = 'ORG';

export const isOrganizationControlId = (text: string): boolean =>
  ORGANIZATION_CONTROL_ID_PATTERN.test(text);

export interface OrganizationControlDetails {
  readonly controlId: string;
  readonly title: string;
  readonly description: string;
  readonly ownerUserId: string | null;
  readonly annexAControlId: ControlId | null;
  /** An Annex A control objective (A.2 … A.10, with A.6.1 and A.6.2). */
  readonly annexAObjectiveId: AnnexAGroupId | null;
}

export interface OrganizationControl extends OrganizationControlDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface OrganizationControlInput {
  readonly controlId: string;
  readonly title: string;
  readonly description?: string | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly annexAControlId?: string | null | undefined;
  readonly annexAObjectiveId?: string | null | undefined;
}

const blankToNull = (value: string | null | undefined) =>
  value === null || value === undefined || value.trim() === '' ? null : value.trim();

const checkControlId = (issues: FieldIssue[], value: string) => {
  const controlId = value.trim().toUpperCase();
  if (!isOrganizationControlId(controlId))
    issues.push({
      field: 'controlId',
      reason: 'must be a prefix of capital letters and a number, such as ORG-1',
    });
  return controlId;
};

/** An Annex A link: a control, an objective, or both when the control sits under that objective. */
const checkAnnexALinks = (issues: FieldIssue[], input: OrganizationControlInput) => {
  const controlId = blankToNull(input.annexAControlId);
  const objectiveId = blankToNull(input.annexAObjectiveId);
  if (controlId !== null && !isControlId(controlId))
    issues.push({
      field: 'annexAControlId',
      reason: `"${controlId}" is not an Annex A control (A.2.2 … A.10.4)`,
    });
  if (objectiveId !== null && !(ANNEX_A_GROUP_IDS as readonly string[]).includes(objectiveId))
    issues.push({
      field: 'annexAObjectiveId',
      reason: `must be one of the Annex A control objectives: ${ANNEX_A_GROUP_IDS.join(', ')}`,
    });
  const groupId = controlId === null ? undefined : findControl(controlId)?.groupId;
  if (groupId !== undefined && objectiveId !== null && groupId !== objectiveId)
    issues.push({
      field: 'annexAObjectiveId',
      reason: `${controlId} falls under objective ${groupId}, not ${objectiveId}`,
    });
  return {
    annexAControlId: controlId as ControlId | null,
    annexAObjectiveId: objectiveId as AnnexAGroupId | null,
  };
};

/** Checks and normalizes an organization control; the reference is written in capitals. */
export const checkOrganizationControlInput = (
  input: OrganizationControlInput,
): Checked<OrganizationControlDetails> => {
  const issues: FieldIssue[] = [];
  const controlId = checkControlId(issues, input.controlId);
  const title = checkText(issues, 'title', input.title);
  const description = (input.description ?? '').trim();
  if (description.length > LONG_TEXT_MAX)
    issues.push({ field: 'description', reason: `must be at most ${LONG_TEXT_MAX} characters` });
  return {
    details: {
      controlId,
      title,
      description,
      ownerUserId: blankToNull(input.ownerUserId),
      ...checkAnnexALinks(issues, input),
    },
    issues,
  };
};

/** The next free reference with this prefix: one past the highest number already used. */
export const nextOrganizationControlId = (
  existing: readonly string[],
  prefix = DEFAULT_ORGANIZATION_CONTROL_PREFIX,
): string => {
  const numbers = existing
    .filter((id) => isOrganizationControlId(id) && id.startsWith(`${prefix}-`))
    .map((id) => Number(id.slice(prefix.length + 1)));
  return `${prefix}-${Math.max(0, ...numbers) + 1}`;
};

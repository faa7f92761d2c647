/** The check every register with an owner makes: the owner is a member of the organization. */
import type { FieldIssue } from '../../domain/errors.js';
import type { Executor } from '../../storage/database.js';
import { rolesOfUserIn } from '../../storage/organization.repository.js';

// Only id-shaped values go to the database: an import row may hold any text, even NUL.
export const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Adds an issue unless the owner (when one is named) is a member of the organization. */
export const checkOwner = async (
  db: Executor,
  organizationId: string,
  ownerUserId: string | null,
  issues: FieldIssue[],
  field = 'ownerUserId',
): Promise<void> => {
  if (ownerUserId === null) return;
  const isMember =
    ID_SHAPE.test(ownerUserId) && (await rolesOfUserIn(db, organizationId, ownerUserId)).length > 0;
  if (!isMember) issues.push({ field, reason: 'must be a member of the organization' });
};

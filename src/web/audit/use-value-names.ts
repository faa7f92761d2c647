/**
 * The names an audit entry's ids stand for: members and everyone who ever
 * acted in the organization (a former member keeps the name the trail gave
 * them), and the organization's AI systems.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { membersQuery } from '../pages/members/member-queries.js';
import type { FieldDeclaration } from '../registers/declaration.js';
import { useAiSystemNames } from '../registers/use-ai-system-names.js';
import { auditFacetsQuery } from './audit-log-query.js';
import type { ValueNames } from './change-values.js';

const NO_FIELDS: readonly FieldDeclaration[] = [];

export const useValueNames = (
  orgId: string,
  fields: readonly FieldDeclaration[] = NO_FIELDS,
  recordName?: ValueNames['recordName'],
): ValueNames => {
  const members = useQuery({ ...membersQuery(orgId), retry: false });
  const facets = useQuery(auditFacetsQuery(orgId));
  const systems = useAiSystemNames(orgId);
  const systemNames = new Map(systems.options.map((option) => [option.value, option.label]));
  const users = useMemo(() => {
    const byId = new Map<string, string>();
    for (const actor of facets.data?.actors ?? []) byId.set(actor.userId, actor.label);
    for (const member of members.data ?? []) byId.set(member.userId, member.name);
    return byId;
  }, [facets.data, members.data]);
  const declared = useMemo(() => new Map(fields.map((field) => [field.field, field])), [fields]);
  return {
    fields: declared,
    userName: (id) => users.get(id),
    aiSystemName: (id) => systemNames.get(id),
    ...(recordName ? { recordName } : {}),
  };
};

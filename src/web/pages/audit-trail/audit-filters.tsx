/**
 * Filters of the audit trail, all answered by the API: the action (by its
 * label), the person who acted, a range of days, the kind of record, and one
 * record (set from a record's page, shown as a chip to clear).
 */
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { actionLabel, entityLabel, knownEntityTypes } from '../../audit/audit-labels.js';
import { auditFacetsQuery } from '../../audit/audit-log-query.js';
import { compareNaturally } from '../../components/natural-compare.js';

export interface AuditFilterValues {
  readonly action: string;
  readonly actorUserId: string;
  /** YYYY-MM-DD, the first and the last day shown (both included). */
  readonly fromDay: string;
  readonly toDay: string;
  readonly entityType: string;
  readonly entityId: string;
}

export const AUDIT_FILTER_KEYS = [
  'action',
  'actorUserId',
  'fromDay',
  'toDay',
  'entityType',
  'entityId',
] as const satisfies readonly (keyof AuditFilterValues)[];

interface AuditFiltersProps {
  readonly orgId: string;
  readonly values: AuditFilterValues;
  readonly onChange: (changes: Partial<AuditFilterValues>) => void;
}

export const AuditFilters = ({ orgId, values, onChange }: AuditFiltersProps) => {
  const facets = useQuery(auditFacetsQuery(orgId));
  const actions = [...new Set([...(facets.data?.actions ?? []), values.action].filter(Boolean))];
  const actors = facets.data?.actors ?? [];
  const entityTypes = [...new Set([...knownEntityTypes, values.entityType].filter(Boolean))];
  const isFiltered = AUDIT_FILTER_KEYS.some((key) => values[key] !== '');

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label="Action"
        placeholder="All actions"
        data={actions
          .map((action) => ({ value: action, label: actionLabel(action) }))
          .sort((a, b) => compareNaturally(a.label, b.label))}
        value={values.action === '' ? null : values.action}
        onChange={(value) => onChange({ action: value ?? '' })}
        searchable
        clearable
        w={260}
      />
      <Select
        label="Who"
        placeholder="Everyone"
        data={actors.map((actor) => ({ value: actor.userId, label: actor.label }))}
        value={values.actorUserId === '' ? null : values.actorUserId}
        onChange={(value) => onChange({ actorUserId: value ?? '' })}
        searchable
        clearable
        w={220}
      />
      <TextInput
        type="date"
        label="From"
        value={values.fromDay}
        max={values.toDay || undefined}
        onChange={(event) => onChange({ fromDay: event.currentTarget.value })}
        w={160}
      />
      <TextInput
        type="date"
        label="To"
        value={values.toDay}
        min={values.fromDay || undefined}
        onChange={(event) => onChange({ toDay: event.currentTarget.value })}
        w={160}
      />
      <Select
        label="Record type"
        placeholder="All records"
        data={entityTypes
          .map((type) => ({ value: type, label: entityLabel(type) }))
          .sort((a, b) => compareNaturally(a.label, b.label))}
        value={values.entityType === '' ? null : values.entityType}
        onChange={(value) => onChange({ entityType: value ?? '', entityId: '' })}
        clearable
        w={200}
      />
      {values.entityId !== '' && (
        <Button variant="light" onClick={() => onChange({ entityId: '' })}>
          Only record …{values.entityId.slice(-8)} ✕
        </Button>
      )}
      {isFiltered && (
        <Button
          variant="subtle"
          onClick={() => onChange(Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, ''])))}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
};

/** Filters of the audit trail: the kind of record, and the exact action. */
import { Autocomplete, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { entityLabel, knownEntityTypes } from '../../audit/audit-labels.js';

interface AuditFiltersProps {
  readonly entityType: string;
  readonly action: string;
  /** Actions seen in the entries loaded so far, offered as suggestions. */
  readonly actionSuggestions: readonly string[];
  readonly onChange: (changes: { entityType?: string; action?: string }) => void;
}

export const AuditFilters = (props: AuditFiltersProps) => {
  const [action, setAction] = useState(props.action);
  const [syncedAction, setSyncedAction] = useState(props.action);
  if (props.action !== syncedAction) {
    setSyncedAction(props.action);
    setAction(props.action);
  }
  const commitAction = (value: string) => {
    const trimmed = value.trim();
    if (trimmed === props.action) return;
    setSyncedAction(trimmed);
    props.onChange({ action: trimmed });
  };
  const entityTypes = [...new Set([...knownEntityTypes, props.entityType].filter(Boolean))];

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label="Record type"
        placeholder="All records"
        data={entityTypes.map((type) => ({ value: type, label: entityLabel(type) }))}
        value={props.entityType === '' ? null : props.entityType}
        onChange={(value) => props.onChange({ entityType: value ?? '' })}
        clearable
        w={220}
      />
      <Autocomplete
        label="Action"
        description="The exact action code; press Enter to apply"
        placeholder="e.g. ai_system.created"
        data={[...new Set(props.actionSuggestions)]}
        value={action}
        onChange={setAction}
        onOptionSubmit={commitAction}
        onBlur={() => commitAction(action)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commitAction(action);
        }}
        clearable
        w={300}
      />
    </Group>
  );
};

/** Filters of the audit trail: the kind of record, and the exact action. */
import { Autocomplete, Group, Select } from '@mantine/core';
import { useUrlText } from '../../components/use-url-text.js';
import { entityLabel, knownEntityTypes } from '../../audit/audit-labels.js';

interface AuditFiltersProps {
  readonly entityType: string;
  readonly action: string;
  /** Actions seen in the entries loaded so far, offered as suggestions. */
  readonly actionSuggestions: readonly string[];
  readonly onChange: (changes: { entityType?: string; action?: string }) => void;
}

export const AuditFilters = (props: AuditFiltersProps) => {
  const action = useUrlText(props.action, (value) => props.onChange({ action: value }));
  const commitAction = (value: string) => action.commit(value.trim());
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
        value={action.text}
        onChange={action.setText}
        onOptionSubmit={commitAction}
        onBlur={() => commitAction(action.text)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commitAction(action.text);
        }}
        clearable
        w={300}
      />
    </Group>
  );
};

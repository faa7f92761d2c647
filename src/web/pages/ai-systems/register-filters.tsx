/** Search (debounced) and filters above the register. */
import { Group, Select } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { SearchBox } from '../../components/search-box.js';
import { useUrlText } from '../../components/use-url-text.js';
import {
  AI_ROLE_LABELS,
  EU_RISK_CLASS_SHORT,
  oneOf,
  optionsOf,
} from '../../labels/ai-classification.js';
import { LIFECYCLE_STAGE_OPTIONS, isLifecycleStage } from '../../labels/lifecycle-stages.js';
import type { ListParams } from './list-params.js';

const SCOPE_OPTIONS = [
  { value: 'true', label: 'In scope' },
  { value: 'false', label: 'Out of scope' },
];

interface RegisterFiltersProps {
  readonly params: ListParams;
  readonly onChange: (changes: Partial<ListParams>) => void;
}

export const RegisterFilters = ({ params, onChange }: RegisterFiltersProps) => {
  const search = useUrlText(params.search, (value) => onChange({ search: value }));
  const commitSearch = useDebouncedCallback(search.commit, 300);

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <div style={{ flex: '1 1 220px' }}>
        <SearchBox
          label="Search AI systems"
          placeholder="Name or purpose"
          value={search.text}
          onChange={(value) => {
            search.setText(value);
            commitSearch(value);
          }}
        />
      </div>
      <Select
        label="Life-cycle stage"
        placeholder="All stages"
        data={LIFECYCLE_STAGE_OPTIONS}
        value={params.stage}
        onChange={(value) => onChange({ stage: isLifecycleStage(value) ? value : null })}
        clearable
        w={180}
      />
      <Select
        label="AIMS scope"
        placeholder="In and out of scope"
        data={SCOPE_OPTIONS}
        value={params.scope}
        onChange={(value) =>
          onChange({ scope: value === 'true' || value === 'false' ? value : null })
        }
        clearable
        w={180}
      />
      <Select
        label="EU AI Act risk class"
        placeholder="All classes"
        data={optionsOf(EU_RISK_CLASS_SHORT)}
        value={params.riskClass}
        onChange={(value) => onChange({ riskClass: oneOf(EU_RISK_CLASS_SHORT, value) })}
        clearable
        w={180}
      />
      <Select
        label="Our AI role"
        placeholder="All roles"
        data={optionsOf(AI_ROLE_LABELS)}
        value={params.aiRole}
        onChange={(value) => onChange({ aiRole: oneOf(AI_ROLE_LABELS, value) })}
        clearable
        w={180}
      />
    </Group>
  );
};

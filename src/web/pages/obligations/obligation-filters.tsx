/** Search (debounced) and filters above the obligations register. */
import { Group, Select } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemberOptions } from '../../components/prework-owner-select.js';
import { SearchBox } from '../../components/search-box.js';
import { useUrlText } from '../../components/use-url-text.js';
import { oneOf, optionsOf } from '../../labels/label-options.js';
import { COMPLIANCE_STATUS_LABELS, OBLIGATION_KIND_LABELS } from '../../labels/obligations.js';
import type { ObligationListParams } from './obligation-list-params.js';
import { useAiSystemNames } from './use-ai-system-names.js';

const REVIEW_OPTIONS = [
  { value: 'true', label: 'Review overdue' },
  { value: 'false', label: 'Not overdue' },
];

interface ObligationFiltersProps {
  readonly orgId: string;
  readonly params: ObligationListParams;
  readonly onChange: (changes: Partial<ObligationListParams>) => void;
}

export const ObligationFilters = ({ orgId, params, onChange }: ObligationFiltersProps) => {
  const search = useUrlText(params.search, (value) => onChange({ search: value }));
  const commitSearch = useDebouncedCallback(search.commit, 300);
  const systems = useAiSystemNames(orgId);
  const members = useMemberOptions(orgId);

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <div style={{ flex: '1 1 200px' }}>
        <SearchBox
          label="Search obligations"
          placeholder="Source, reference or requirement"
          value={search.text}
          onChange={(value) => {
            search.setText(value);
            commitSearch(value);
          }}
        />
      </div>
      <Select
        label="Kind"
        placeholder="All kinds"
        data={optionsOf(OBLIGATION_KIND_LABELS)}
        value={params.kind}
        onChange={(value) => onChange({ kind: oneOf(OBLIGATION_KIND_LABELS, value) })}
        clearable
        w={140}
      />
      <Select
        label="Compliance"
        placeholder="Any status"
        data={optionsOf(COMPLIANCE_STATUS_LABELS)}
        value={params.status}
        onChange={(value) => onChange({ status: oneOf(COMPLIANCE_STATUS_LABELS, value) })}
        clearable
        w={175}
      />
      {systems.canRead && (
        <Select
          label="AI system"
          placeholder={systems.isLoading ? 'Loading…' : 'Any system'}
          data={systems.options}
          value={params.aiSystemId}
          onChange={(value) => onChange({ aiSystemId: value })}
          searchable
          clearable
          nothingFoundMessage="No AI system with this name"
          w={170}
        />
      )}
      <Select
        label="Owner"
        placeholder={members.isLoading ? 'Loading…' : 'Anyone'}
        data={members.options}
        value={params.ownerUserId}
        onChange={(value) => onChange({ ownerUserId: value })}
        searchable
        clearable
        nothingFoundMessage="No member with this name"
        w={150}
      />
      <Select
        label="Review"
        placeholder="Any date"
        data={REVIEW_OPTIONS}
        value={params.overdue}
        onChange={(value) =>
          onChange({ overdue: value === 'true' || value === 'false' ? value : null })
        }
        clearable
        w={150}
      />
    </Group>
  );
};

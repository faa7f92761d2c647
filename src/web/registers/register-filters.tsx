/**
 * The search box and the filters above a register, rendered from its
 * declared filters: a choice is a select of its labels, a yes/no filter a
 * segmented control, a member the organization's members, an AI system the
 * inventory (for those who may read it).
 */
import { Group, Input, SegmentedControl, Select } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemberOptions } from '../components/prework-owner-select.js';
import { SearchBox } from '../components/search-box.js';
import { useUrlText } from '../components/use-url-text.js';
import type { FilterDeclaration } from './declaration.js';
import { filterValue } from './list-params.js';
import type { ListParams } from './list-params.js';
import { useAiSystemNames } from './use-ai-system-names.js';

/** How a filter looks on one page: the empty option's text and the width. */
export interface FilterLook {
  readonly placeholder?: string;
  readonly width?: number;
  /** Shorter names for some choices where the page shows them short elsewhere (badges). */
  readonly shortLabels?: Readonly<Record<string, string>>;
}

export interface SearchLook {
  readonly label: string;
  readonly placeholder: string;
}

interface RegisterFiltersProps {
  readonly orgId: string;
  readonly filters: readonly FilterDeclaration[];
  readonly looks?: Readonly<Record<string, FilterLook>>;
  readonly search: SearchLook;
  readonly params: ListParams;
  readonly onChange: (changes: Partial<ListParams>) => void;
}

interface FilterProps {
  readonly orgId: string;
  readonly filter: FilterDeclaration;
  readonly look: FilterLook;
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
}

const ChoiceFilter = ({ filter, look, value, onChange }: FilterProps) => (
  <Select
    label={filter.label}
    placeholder={look.placeholder ?? 'Any'}
    data={(filter.choices ?? []).map((choice) => ({
      value: choice.value,
      label: look.shortLabels?.[choice.value] ?? choice.label,
    }))}
    value={value}
    onChange={(next) => onChange(filterValue(filter, next))}
    clearable
    w={look.width ?? 160}
  />
);

const ANY = 'any';

const BooleanFilter = ({ filter, look, value, onChange }: FilterProps) => {
  const label = (raw: 'true' | 'false', fallback: string) =>
    filter.choices?.find((choice) => choice.value === raw)?.label ?? fallback;
  return (
    <Input.Wrapper label={filter.label} labelElement="div">
      <SegmentedControl
        aria-label={filter.label}
        data={[
          { value: ANY, label: look.placeholder ?? 'Any' },
          { value: 'true', label: label('true', 'Yes') },
          { value: 'false', label: label('false', 'No') },
        ]}
        value={value ?? ANY}
        onChange={(next) => onChange(next === ANY ? null : filterValue(filter, next))}
        display="flex"
      />
    </Input.Wrapper>
  );
};

/** A searchable pick of one record the filter points at (a member, an AI system). */
const PickFilter = (
  props: Omit<FilterProps, 'orgId'> & {
    readonly options: readonly { value: string; label: string }[];
    readonly isLoading: boolean;
    readonly anyText: string;
    readonly nothingFound: string;
    readonly width: number;
  },
) => (
  <Select
    label={props.filter.label}
    placeholder={props.isLoading ? 'Loading…' : (props.look.placeholder ?? props.anyText)}
    data={props.options}
    value={props.value}
    onChange={props.onChange}
    searchable
    clearable
    nothingFoundMessage={props.nothingFound}
    w={props.look.width ?? props.width}
  />
);

const MemberFilter = ({ orgId, ...props }: FilterProps) => {
  const members = useMemberOptions(orgId);
  return (
    <PickFilter
      {...props}
      options={members.options}
      isLoading={members.isLoading}
      anyText="Anyone"
      nothingFound="No member with this name"
      width={150}
    />
  );
};

const AiSystemFilter = ({ orgId, ...props }: FilterProps) => {
  const systems = useAiSystemNames(orgId);
  if (!systems.canRead) return null;
  return (
    <PickFilter
      {...props}
      options={systems.options}
      isLoading={systems.isLoading}
      anyText="Any system"
      nothingFound="No AI system with this name"
      width={170}
    />
  );
};

const FILTERS = {
  choice: ChoiceFilter,
  boolean: BooleanFilter,
  member: MemberFilter,
  ai_system: AiSystemFilter,
} as const;

export const RegisterFilters = (props: RegisterFiltersProps) => {
  const { orgId, filters, looks = {}, search, params, onChange } = props;
  const text = useUrlText(params.search, (value) => onChange({ search: value }));
  const commitSearch = useDebouncedCallback(text.commit, 300);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <div style={{ flex: '1 1 200px' }}>
        <SearchBox
          label={search.label}
          placeholder={search.placeholder}
          value={text.text}
          onChange={(value) => {
            text.setText(value);
            commitSearch(value);
          }}
        />
      </div>
      {filters.map((filter) => {
        const Filter = FILTERS[filter.type];
        return (
          <Filter
            key={filter.param}
            orgId={orgId}
            filter={filter}
            look={looks[filter.param] ?? {}}
            value={params.filters[filter.param] ?? null}
            onChange={(value) =>
              onChange({ filters: { ...params.filters, [filter.param]: value } })
            }
          />
        );
      })}
    </Group>
  );
};

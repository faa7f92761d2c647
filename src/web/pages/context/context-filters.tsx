/** Search (debounced) and the kind filter shared by both tabs, plus each tab's own filter. */
import { Group, Select } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { SearchBox } from '../../components/search-box.js';
import { useUrlText } from '../../components/use-url-text.js';
import { CONTEXT_KIND_LABELS } from '../../labels/context.js';
import { optionsOf } from '../../labels/label-options.js';
import type { ContextKind } from '../../labels/context.js';

interface ContextFiltersProps {
  readonly searchLabel: string;
  readonly placeholder: string;
  readonly search: string;
  readonly kind: ContextKind | null;
  readonly onSearch: (search: string) => void;
  readonly onKind: (kind: ContextKind | null) => void;
  /** The tab's own filter, after the kind. */
  readonly children?: ReactNode;
}

export const ContextFilters = (props: ContextFiltersProps) => {
  const search = useUrlText(props.search, props.onSearch);
  const commitSearch = useDebouncedCallback(search.commit, 300);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <div style={{ flex: '1 1 280px' }}>
        <SearchBox
          label={props.searchLabel}
          placeholder={props.placeholder}
          value={search.text}
          onChange={(value) => {
            search.setText(value);
            commitSearch(value);
          }}
        />
      </div>
      <Select
        label="Kind"
        placeholder="Internal and external"
        data={optionsOf(CONTEXT_KIND_LABELS)}
        value={props.kind}
        onChange={(value) =>
          props.onKind(value === 'internal' || value === 'external' ? value : null)
        }
        clearable
        w={200}
      />
      {props.children}
    </Group>
  );
};

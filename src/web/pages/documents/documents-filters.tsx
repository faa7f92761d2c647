/** Search and filters above the document register. */
import { Group, Select, Switch } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { SearchBox } from '../../components/search-box.js';
import { useUrlText } from '../../components/use-url-text.js';
import { oneOf, optionsOf } from '../../labels/label-options.js';
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from '../../labels/documents.js';
import type { DocumentListParams } from './document-list-params.js';

interface DocumentsFiltersProps {
  readonly params: DocumentListParams;
  readonly onChange: (changes: Partial<DocumentListParams>) => void;
}

export const DocumentsFilters = ({ params, onChange }: DocumentsFiltersProps) => {
  const search = useUrlText(params.search, (value) => onChange({ search: value }));
  const commitSearch = useDebouncedCallback(search.commit, 300);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <div style={{ flex: '1 1 280px' }}>
        <SearchBox
          label="Search documents"
          placeholder="Title"
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
        data={optionsOf(DOCUMENT_KIND_LABELS)}
        value={params.kind}
        onChange={(value) => onChange({ kind: oneOf(DOCUMENT_KIND_LABELS, value) })}
        clearable
        w={230}
      />
      <Select
        label="Status"
        placeholder="All statuses"
        data={optionsOf(DOCUMENT_STATUS_LABELS)}
        value={params.status}
        onChange={(value) => onChange({ status: oneOf(DOCUMENT_STATUS_LABELS, value) })}
        clearable
        w={180}
      />
      <Switch
        label="Review overdue only"
        checked={params.overdue}
        onChange={(event) => onChange({ overdue: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
};

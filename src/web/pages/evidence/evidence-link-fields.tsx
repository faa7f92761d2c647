/**
 * What a piece of evidence supports, chosen from the catalog (clauses, Annex
 * A controls) and the organization's registers (its own controls, risks,
 * documents), each by id.
 */
import { MultiSelect, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { registerListQuery } from '../../registers/register-queries.js';
import { catalogQuery } from '../catalog/catalog-query.js';

export interface LinkValues {
  clauseIds: string[];
  controlIds: string[];
  organizationControlIds: string[];
  riskIds: string[];
  documentIds: string[];
}

export const NO_LINK_VALUES: LinkValues = {
  clauseIds: [],
  controlIds: [],
  organizationControlIds: [],
  riskIds: [],
  documentIds: [],
};

const ALL = { page: 1, pageSize: 200 } as const;

interface LinkFieldsProps {
  readonly orgId: string;
  readonly value: LinkValues;
  readonly onChange: (value: LinkValues) => void;
  readonly errorOf: (field: string) => string | undefined;
}

export const EvidenceLinkFields = ({ orgId, value, onChange, errorOf }: LinkFieldsProps) => {
  const catalog = useQuery(catalogQuery);
  const ownControls = useQuery(registerListQuery(orgId, 'organization-controls', ALL));
  const risks = useQuery(registerListQuery(orgId, 'risks', ALL));
  const documents = useQuery(registerListQuery(orgId, 'documents', ALL));
  const set = (field: keyof LinkValues) => (ids: string[]) => onChange({ ...value, [field]: ids });
  const clauseChoices = (catalog.data?.clauses ?? [])
    .filter((clause) => clause.isLeaf)
    .map((clause) => ({ value: clause.id, label: `${clause.id} ${clause.title}` }));
  const controlChoices = (catalog.data?.annexA.controls ?? []).map((control) => ({
    value: control.id,
    label: `${control.id} ${control.title}`,
  }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <MultiSelect
        label="Annex A controls"
        data={controlChoices}
        value={value.controlIds}
        onChange={set('controlIds')}
        searchable
        placeholder={value.controlIds.length === 0 ? 'Choose controls' : undefined}
        error={errorOf('links.controlIds')}
      />
      <MultiSelect
        label="Clauses"
        data={clauseChoices}
        value={value.clauseIds}
        onChange={set('clauseIds')}
        searchable
        placeholder={value.clauseIds.length === 0 ? 'Choose clauses' : undefined}
        error={errorOf('links.clauseIds')}
      />
      <MultiSelect
        label="Organization controls"
        data={(ownControls.data?.items ?? []).map((control) => ({
          value: control.id,
          label: `${control.controlId} ${control.title}`,
        }))}
        value={value.organizationControlIds}
        onChange={set('organizationControlIds')}
        placeholder={value.organizationControlIds.length === 0 ? 'Choose controls' : undefined}
        searchable
        error={errorOf('links.organizationControlIds')}
      />
      <MultiSelect
        label="Risks"
        data={(risks.data?.items ?? []).map((risk) => ({ value: risk.id, label: risk.statement }))}
        value={value.riskIds}
        onChange={set('riskIds')}
        placeholder={value.riskIds.length === 0 ? 'Choose risks' : undefined}
        searchable
        error={errorOf('links.riskIds')}
      />
      <MultiSelect
        label="Documents"
        data={(documents.data?.items ?? []).map((document) => ({
          value: document.id,
          label: document.title,
        }))}
        value={value.documentIds}
        onChange={set('documentIds')}
        placeholder={value.documentIds.length === 0 ? 'Choose documents' : undefined}
        searchable
        error={errorOf('links.documentIds')}
      />
    </SimpleGrid>
  );
};

/**
 * The part of the scope editor naming what the scope considered (clause 4.3):
 * the context issues of 4.1 and the interested parties' requirements of 4.2,
 * chosen from those registers.
 */
import { Fieldset, MultiSelect, Stack } from '@mantine/core';
import type { ScopeForm } from './scope-form-values.js';
import { useConsidered } from './scope-considered-queries.js';
import { SCOPE_FIELD_LABELS } from './scope-labels.js';

export const ConsideredFields = ({ orgId, form }: { orgId: string; form: ScopeForm }) => {
  const considered = useConsidered(orgId);
  return (
    <Fieldset legend="What the scope considered">
      <Stack gap="md">
        <MultiSelect
          label={SCOPE_FIELD_LABELS.contextIssueIds}
          description="The internal and external issues that shaped the boundaries"
          placeholder="Search context issues"
          data={considered.issueChoices}
          searchable
          hidePickedOptions
          nothingFoundMessage="No such issue in the context register"
          {...form.getInputProps('contextIssueIds')}
        />
        <MultiSelect
          label={SCOPE_FIELD_LABELS.partyRequirements}
          description="The requirements of interested parties the scope takes into account"
          placeholder="Search requirements"
          data={considered.requirementChoices}
          searchable
          hidePickedOptions
          nothingFoundMessage="No such requirement among the interested parties"
          {...form.getInputProps('partyRequirements')}
        />
      </Stack>
    </Fieldset>
  );
};

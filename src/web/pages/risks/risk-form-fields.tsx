/**
 * Every field of a risk: what could happen and where it comes from (an
 * Annex C risk source, or one of the organization's own), the objectives and
 * AI systems it touches, its consequences and the controls already in
 * place, its owner, its scores against the risk criteria in force, and its
 * treatment with the scores expected after it.
 */
import {
  Alert,
  Anchor,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LongTextInput } from '../../components/long-text-input.js';
import { OwnerField } from '../../components/prework-owner-select.js';
import { orgPath } from '../../orgs/current-org.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';
import { useAiSystemNames } from '../../registers/use-ai-system-names.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import {
  KIND_DESCRIPTIONS,
  KIND_LABELS,
  RISK_LABELS as LABELS,
  TREATMENT_OPTION_HINTS,
} from './risk-labels.js';
import type { Risk, RiskKind } from './risk-labels.js';
import type { RiskForm } from './risk-form-values.js';
import type { RiskCriteria } from './risk-queries.js';
import { ScorePair } from './risk-score-fields.js';

const KIND_OPTIONS = (Object.keys(KIND_LABELS) as RiskKind[]).map((kind) => ({
  value: kind,
  label: `${KIND_LABELS[kind]} — ${KIND_DESCRIPTIONS[kind].toLowerCase()}`,
}));

const TREATMENT_OPTIONS = Object.entries(TREATMENT_OPTION_HINTS).map(([value, label]) => ({
  value,
  label,
}));

const annexCOptions = (entries: readonly { id: string; title: string }[] | undefined) =>
  (entries ?? []).map((entry) => ({ value: entry.id, label: entry.title }));

interface RiskFormFieldsProps {
  readonly form: RiskForm;
  readonly orgId: string;
  /** The criteria in force with their version, or null before any are approved. */
  readonly criteria: { readonly version: number; readonly criteria: RiskCriteria } | null;
  readonly record: Risk | undefined;
}

const SourceFields = ({ form }: { form: RiskForm }) => {
  const catalog = useQuery(catalogQuery);
  return (
    <Fieldset legend="Where it comes from">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label={LABELS.annexCRiskSourceId}
            description="A source of risk named in ISO/IEC 42001 Annex C"
            placeholder={catalog.isPending ? 'Loading…' : 'None'}
            data={annexCOptions(catalog.data?.annexC.riskSources)}
            searchable
            clearable
            {...form.getInputProps('annexCRiskSourceId')}
          />
          <TextInput
            label={LABELS.source}
            description="A source of your own, or detail on the Annex C one"
            {...form.getInputProps('source')}
          />
        </Group>
        <MultiSelect
          label={LABELS.annexCObjectiveIds}
          description="The organizational objectives of Annex C it threatens (or serves)"
          placeholder={
            form.values.annexCObjectiveIds.length === 0 ? 'Choose objectives' : undefined
          }
          data={annexCOptions(catalog.data?.annexC.objectives)}
          searchable
          clearable
          {...form.getInputProps('annexCObjectiveIds')}
        />
      </Stack>
    </Fieldset>
  );
};

const NoCriteria = ({ orgId }: { orgId: string }) => (
  <Alert color="yellow" variant="light" title="No risk criteria approved yet">
    Scores are given on the scales of the approved risk criteria. The risk can be saved without
    them.{' '}
    <Anchor component={Link} to={orgPath(orgId, 'risk-criteria')} size="sm">
      Open the risk criteria
    </Anchor>
  </Alert>
);

export const RiskFormFields = ({ form, orgId, criteria, record }: RiskFormFieldsProps) => {
  const systems = useAiSystemNames(orgId);
  const scale = criteria?.criteria ?? null;
  return (
    <Stack gap="md">
      <Fieldset legend="The risk">
        <Stack gap="sm">
          <LeadTextInput
            form={form}
            field="statement"
            label={LABELS.statement}
            description="What could happen, and why"
            placeholder="e.g. The triage model under-prioritises claims written in plain language"
          />
          <Select
            label={LABELS.kind}
            data={KIND_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <LongTextInput label={LABELS.description} {...form.getInputProps('description')} />
        </Stack>
      </Fieldset>
      <SourceFields form={form} />
      <Fieldset legend="What it concerns and who owns it">
        <Stack gap="sm">
          <MultiSelect
            label={LABELS.aiSystemIds}
            description={
              systems.canRead
                ? 'None chosen: the risk concerns the organization as a whole'
                : 'Your roles do not let you read the AI system inventory'
            }
            placeholder={form.values.aiSystemIds.length === 0 ? 'Organization-wide' : undefined}
            data={systems.options}
            disabled={!systems.canRead}
            searchable
            nothingFoundMessage="No AI system with this name"
            {...form.getInputProps('aiSystemIds')}
          />
          <LongTextInput
            label={LABELS.consequencesForOrganization}
            {...form.getInputProps('consequencesForOrganization')}
          />
          <LongTextInput
            label={LABELS.consequencesForIndividuals}
            {...form.getInputProps('consequencesForIndividuals')}
          />
          <LongTextInput
            label={LABELS.existingControls}
            description="What is already in place to keep it in check"
            {...form.getInputProps('existingControls')}
          />
          <OwnerField orgId={orgId} form={form} description="The member answerable for the risk" />
        </Stack>
      </Fieldset>
      <Fieldset
        legend={criteria ? `Assessment (risk criteria version ${criteria.version})` : 'Assessment'}
      >
        <Stack gap="sm">
          {criteria === null && <NoCriteria orgId={orgId} />}
          <ScorePair
            form={form}
            criteria={scale}
            likelihoodField="likelihood"
            consequenceField="consequence"
            likelihoodLabel={LABELS.likelihood}
            consequenceLabel={LABELS.consequence}
            levelLabel="Inherent level"
            {...(record
              ? {
                  storedLevel: {
                    scores: [record.likelihood, record.consequence],
                    level: record.inherent,
                  },
                }
              : {})}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend="Treatment">
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={LABELS.treatmentOption}
              placeholder="Not chosen yet"
              data={TREATMENT_OPTIONS}
              clearable
              {...form.getInputProps('treatmentOption')}
            />
            <TextInput
              type="date"
              label={LABELS.treatmentDueDate}
              {...form.getInputProps('treatmentDueDate')}
            />
          </Group>
          <ScorePair
            form={form}
            criteria={scale}
            likelihoodField="residualLikelihood"
            consequenceField="residualConsequence"
            likelihoodLabel={LABELS.residualLikelihood}
            consequenceLabel={LABELS.residualConsequence}
            levelLabel="Residual level"
            {...(record
              ? {
                  storedLevel: {
                    scores: [record.residualLikelihood, record.residualConsequence],
                    level: record.residual,
                  },
                }
              : {})}
          />
          <TextInput
            type="date"
            label={LABELS.reviewDate}
            description="When to look at the risk again"
            {...form.getInputProps('reviewDate')}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
};

/** The draft's editor: scales, levels, matrix, threshold, significance and authority, saved together; the API's objections at each field. */
import {
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { LevelsEditor, MatrixEditor, ScaleEditor } from './risk-criteria-editor-parts.js';
import {
  applyRiskCriteriaError,
  riskCriteriaBodyOf,
  riskCriteriaFormValuesOf,
} from './risk-criteria-form-values.js';
import type { RiskCriteriaFormValues } from './risk-criteria-form-values.js';
import { useSaveRiskCriteriaDraft } from './risk-criteria-queries.js';
import type { RiskCriteriaVersion } from './risk-criteria-queries.js';

interface RiskCriteriaEditorProps {
  readonly orgId: string;
  readonly draft: RiskCriteriaVersion;
  readonly onDone: () => void;
}

export const RiskCriteriaEditor = ({ orgId, draft, onDone }: RiskCriteriaEditorProps) => {
  const form = useForm<RiskCriteriaFormValues>({
    initialValues: riskCriteriaFormValuesOf(draft.criteria),
  });
  const [alert, setAlert] = useState<string | null>(null);
  const save = useSaveRiskCriteriaDraft(orgId, draft.id);
  const levelOptions = form.values.levels.map((level, index) => ({
    value: level.key,
    label: level.label === '' ? `Level ${index + 1}` : level.label,
  }));

  const submit = form.onSubmit((values) => {
    setAlert(null);
    save.mutate(riskCriteriaBodyOf(values), {
      onSuccess: () => {
        notifySuccess(`Draft version ${draft.version} of the risk criteria was saved.`);
        onDone();
      },
      onError: (error) => setAlert(applyRiskCriteriaError(form, error)),
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit draft version ${draft.version}`}>
      <Stack gap="md">
        <FormAlert message={alert} />
        <Fieldset legend="Scales">
          <Stack gap="lg">
            <ScaleEditor form={form} scale="likelihood" />
            <ScaleEditor form={form} scale="consequence" />
          </Stack>
        </Fieldset>
        <Fieldset legend="Levels and matrix">
          <Stack gap="lg">
            <LevelsEditor form={form} />
            <MatrixEditor form={form} />
          </Stack>
        </Fieldset>
        <Fieldset legend="Acceptance and significance">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label="Acceptance threshold"
                description="Risks above this level need treatment or a recorded acceptance"
                withAsterisk
                data={levelOptions}
                allowDeselect={false}
                {...form.getInputProps('acceptanceThreshold')}
              />
              <Select
                label="Significant from"
                description="Risks at this level or above count as significant"
                withAsterisk
                data={levelOptions}
                allowDeselect={false}
                {...form.getInputProps('significance.fromLevel')}
              />
            </SimpleGrid>
            <Textarea
              label="Significance rule"
              description="The rule in words, as the risk methodology states it"
              autosize
              minRows={2}
              maxRows={8}
              {...form.getInputProps('significance.rule')}
            />
            <Switch
              label="Owners may accept their own risk"
              description="Off by default: someone independent of the risk accepts it"
              {...form.getInputProps('ownerMayAcceptOwnRisk', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

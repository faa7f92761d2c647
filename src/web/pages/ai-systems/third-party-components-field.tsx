/** The repeatable "component + supplier" rows of an AI system form, with add and remove. */
import { Group, TextInput } from '@mantine/core';
import { ListEditor, RemoveRowButton } from '../../components/list-editor.js';
import { newComponentRow } from './ai-system-form-values.js';
import type { AiSystemForm } from './ai-system-form-values.js';

export const ThirdPartyComponentsField = ({ form }: { form: AiSystemForm }) => (
  <ListEditor
    label="Third-party components"
    description="Models, data sets, services or libraries from outside the organization, and who supplies each"
    error={form.errors.thirdPartyComponents}
    rows={form.values.thirdPartyComponents}
    emptyText="No third-party components listed."
    addLabel="Add component"
    newRow={() => newComponentRow()}
    onAdd={(row) => form.insertListItem('thirdPartyComponents', row)}
  >
    {(row, index, { isAdded }) => (
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={`Component ${index + 1}`}
          placeholder="e.g. GPT-4o via API"
          autoFocus={isAdded}
          {...form.getInputProps(`thirdPartyComponents.${index}.component`)}
        />
        <TextInput
          style={{ flex: 1 }}
          label={`Supplier of component ${index + 1}`}
          placeholder="e.g. OpenAI"
          {...form.getInputProps(`thirdPartyComponents.${index}.supplier`)}
        />
        <RemoveRowButton
          mt={25}
          label={`Remove component ${index + 1}`}
          onClick={() => form.removeListItem('thirdPartyComponents', index)}
        />
      </Group>
    )}
  </ListEditor>
);

/** The repeatable "component + supplier" rows of an AI system form, with add and remove. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FieldGroup } from '../../components/prework-field-group.js';
import { PlusIcon, RemoveIcon } from '../../components/prework-icons.js';
import { newComponentRow, type AiSystemForm } from './ai-system-form-values.js';

export const ThirdPartyComponentsField = ({ form }: { form: AiSystemForm }) => {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const rows = form.values.thirdPartyComponents;
  const add = () => {
    const row = newComponentRow();
    setAddedKey(row.key);
    form.insertListItem('thirdPartyComponents', row);
  };
  return (
    <FieldGroup
      label="Third-party components"
      description="Models, data sets, services or libraries from outside the organization, and who supplies each"
      error={form.errors.thirdPartyComponents}
    >
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            No third-party components listed.
          </Text>
        )}
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={`Component ${index + 1}`}
              placeholder="e.g. GPT-4o via API"
              autoFocus={row.key === addedKey}
              {...form.getInputProps(`thirdPartyComponents.${index}.component`)}
            />
            <TextInput
              style={{ flex: 1 }}
              label={`Supplier of component ${index + 1}`}
              placeholder="e.g. OpenAI"
              {...form.getInputProps(`thirdPartyComponents.${index}.supplier`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={25}
              aria-label={`Remove component ${index + 1}`}
              onClick={() => form.removeListItem('thirdPartyComponents', index)}
            >
              <RemoveIcon />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon />}
          onClick={add}
          style={{ alignSelf: 'flex-start' }}
        >
          Add component
        </Button>
      </Stack>
    </FieldGroup>
  );
};

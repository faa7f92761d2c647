/** Annex A controls, grouped under their control objective. */
import { Divider, Highlight, Paper, Stack, Text, Title } from '@mantine/core';
import type { GroupResult } from './catalog-search.js';
import { CatalogEntry, Fact } from './catalog-entry.js';

export const ControlList = ({
  groups,
  terms,
}: {
  groups: readonly GroupResult[];
  terms: readonly string[];
}) => {
  const highlight = [...terms];
  return (
    <Stack gap="md">
      {groups.map(({ group, controls }) => (
        <Paper key={group.id} px="lg" py="md">
          <Title order={3} fz="lg">
            <Highlight component="span" highlight={highlight} inherit>
              {`${group.id} ${group.title}`}
            </Highlight>
          </Title>
          <Text size="sm" mt={4} maw={900}>
            <Text component="span" fw={600} size="sm">
              Objective:{' '}
            </Text>
            <Highlight component="span" highlight={highlight} inherit>
              {group.objective}
            </Highlight>
          </Text>
          <Divider my="sm" />
          {controls.map((control) => (
            <CatalogEntry
              key={control.id}
              id={control.id}
              title={control.title}
              text={control.description}
              terms={terms}
              order={4}
              {...(control.aliases.length > 0
                ? { facts: <Fact>Also known as: {control.aliases.join('; ')}</Fact> }
                : {})}
            />
          ))}
        </Paper>
      ))}
    </Stack>
  );
};

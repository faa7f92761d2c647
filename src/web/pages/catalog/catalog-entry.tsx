/** One catalog entry: its id and title as a heading, its summary, and small facts as badges. */
import { Badge, Box, Group, Highlight, Stack, Text, Title } from '@mantine/core';
import type { TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

interface CatalogEntryProps {
  readonly id: string;
  readonly title: string;
  readonly text?: string;
  readonly terms: readonly string[];
  readonly order: TitleOrder;
  /** Small facts under the text (documented information, type, related clauses). */
  readonly facts?: ReactNode;
  /** A parent shown only for context: smaller and without its text. */
  readonly isContext?: boolean;
  readonly indent?: number;
}

export const CatalogEntry = (props: CatalogEntryProps) => {
  const terms = [...props.terms];
  return (
    <Box py="sm" pl={(props.indent ?? 0) * 24} opacity={props.isContext ? 0.75 : 1}>
      <Stack gap={4}>
        <Title order={props.order} fz={props.isContext ? 'sm' : 'md'} fw={600} lh={1.4}>
          <Group component="span" gap="xs" wrap="nowrap" align="baseline">
            <Text component="span" ff="monospace" fz="sm" fw={700} c="indigo.8" miw={64}>
              <Highlight component="span" highlight={terms} inherit>
                {props.id}
              </Highlight>
            </Text>{' '}
            <Highlight component="span" highlight={terms} inherit>
              {props.title}
            </Highlight>
          </Group>
        </Title>
        {!props.isContext && props.text !== undefined && (
          <Highlight highlight={terms} size="sm" pl={72} maw={900}>
            {props.text}
          </Highlight>
        )}
        {!props.isContext && props.facts !== undefined && (
          <Group gap="xs" pl={72}>
            {props.facts}
          </Group>
        )}
      </Stack>
    </Box>
  );
};

export const Fact = ({ children, color = 'gray' }: { children: ReactNode; color?: string }) => (
  <Badge color={color} variant="light" tt="none" fw={500}>
    {children}
  </Badge>
);

/** The top of every page: an h1, a short description, actions, and the window title. */
import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  readonly title: string;
  readonly description?: ReactNode;
  readonly actions?: ReactNode;
  /** Shown above the title, e.g. breadcrumbs back to a register. */
  readonly above?: ReactNode;
}

export const PageHeader = ({ title, description, actions, above }: PageHeaderProps) => {
  useDocumentTitle(`${title} · AIMS Workbench`);
  return (
    <Stack gap="xs" mb="lg">
      {above}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Title order={1} fz={26}>
            {title}
          </Title>
          {description !== undefined && (
            <Text c="dimmed" maw={760}>
              {description}
            </Text>
          )}
        </Stack>
        {actions !== undefined && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
};

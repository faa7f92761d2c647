/** A card of the account page: its heading, what it is for, and its content. */
import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export const AccountCard = ({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) => (
  <Paper p="lg">
    <Title order={2} fz="lg" mb={description === undefined ? 'md' : 4}>
      {title}
    </Title>
    {description !== undefined && (
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
    )}
    {children}
  </Paper>
);

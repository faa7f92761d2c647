/**
 * A version of an approvable record as a section of its page: "Version N"
 * with its status, who wrote and approved it and when, the workflow buttons
 * beside them, then the version itself.
 */
import { Group, Paper, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReactNode } from 'react';

interface VersionPanelProps {
  readonly version: number;
  /** The status badge beside the heading. */
  readonly status: ReactNode;
  /** Who wrote it and when, under the heading. */
  readonly meta: ReactNode;
  /** The workflow buttons the API offers now. */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

export const VersionPanel = ({ version, status, meta, actions, children }: VersionPanelProps) => {
  const headingId = useId();
  const heading = (
    <Stack gap={4}>
      <Group gap="sm">
        <Title order={2} fz="xl" id={headingId}>
          Version {version}
        </Title>
        {status}
      </Group>
      {meta}
    </Stack>
  );
  return (
    <Paper p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        {actions === undefined ? (
          heading
        ) : (
          <Group justify="space-between" align="flex-start" gap="sm">
            {heading}
            {actions}
          </Group>
        )}
        {children}
      </Stack>
    </Paper>
  );
};

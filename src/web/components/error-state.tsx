/** A failed load: the API's message, and a way to try again. */
import { Alert, Button, Group, Text } from '@mantine/core';
import { messageOf } from '../api/client.js';

interface ErrorStateProps {
  readonly error: unknown;
  readonly title?: string;
  readonly onRetry?: () => void;
}

export const ErrorState = ({ error, title = 'Could not load this', onRetry }: ErrorStateProps) => (
  <Alert color="red" variant="light" title={title} role="alert">
    <Group justify="space-between" align="center" gap="sm">
      <Text size="sm">{messageOf(error)}</Text>
      {onRetry && (
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Group>
  </Alert>
);

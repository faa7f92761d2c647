/** A failed load: the API's message, and a way to try again when trying again can help. */
import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiError, messageOf } from '../api/client.js';

interface ErrorStateProps {
  readonly error: unknown;
  readonly title?: string;
  readonly onRetry?: () => void;
}

export const ErrorState = ({ error, title = 'Could not load this', onRetry }: ErrorStateProps) => {
  const isForbidden = error instanceof ApiError && error.status === 403;
  const canRetry = onRetry !== undefined && !isForbidden;
  const message = messageOf(error);
  return (
    <Alert
      color={isForbidden ? 'gray' : 'red'}
      variant="light"
      title={isForbidden ? 'Not available with your roles' : title}
      role="alert"
    >
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">
          {isForbidden
            ? `${/[.!?]$/.test(message) ? message : `${message}.`} An administrator of the organization can give you a role that allows it.`
            : message}
        </Text>
        {canRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
};

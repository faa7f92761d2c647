/** The message above a form when the API refused it for a reason no single field shows. */
import { Alert } from '@mantine/core';

export const FormAlert = ({ message }: { message: string | null }) =>
  message === null ? null : (
    <Alert color="red" variant="light" role="alert" title="Not saved">
      {message}
    </Alert>
  );

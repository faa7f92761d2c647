/** What the whole window shows before the app knows who is signed in. */
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { messageOf } from '../api/client.js';

export const FullPageLoader = () => (
  <Center h="100vh" role="status" aria-label="Loading">
    <Loader />
  </Center>
);

export const FullPageError = ({ error, onRetry }: { error: unknown; onRetry: () => void }) => (
  <Center h="100vh" p="md">
    <Stack maw={480}>
      <Alert color="red" title="AIMS Workbench could not start" role="alert">
        {messageOf(error)}
      </Alert>
      <Button onClick={onRetry}>Try again</Button>
    </Stack>
  </Center>
);

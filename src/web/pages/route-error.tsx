/** Shown when rendering a page threw: a bug, said plainly, with a way out. */
import { Alert, Button, Center, Stack } from '@mantine/core';
import { useRouteError } from 'react-router';
import { messageOf } from '../api/client.js';

export const RouteErrorPage = () => {
  const error = useRouteError();
  return (
    <Center mih="60vh" p="md">
      <Stack maw={520}>
        <Alert color="red" title="This page failed to show" role="alert">
          {messageOf(error)} Reload the page; if it happens again, tell your administrator what you
          were doing.
        </Alert>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Center>
  );
};

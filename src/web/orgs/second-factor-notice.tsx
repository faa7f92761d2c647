/** What a member sees of an organization that requires two-step sign-in before they signed in with it. */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useSignOut } from '../auth/use-sign-out.js';

export const SecondFactorNotice = ({
  organizationName,
  isEnrolled,
}: {
  organizationName: string;
  isEnrolled: boolean;
}) => {
  const signOut = useSignOut();
  return (
    <Alert color="yellow" title={`${organizationName} requires two-step sign-in`} maw={640}>
      <Stack gap="sm">
        {isEnrolled ? (
          <Text size="sm">
            Your account has two-step sign-in, but this session was opened without a code. Sign out
            and sign in again with your password and the code from your app.
          </Text>
        ) : (
          <Text size="sm">
            Set up two-step sign-in on your account page: after your password, sign-in will ask for
            a code from an authenticator app. Then you can work in this organization again.
          </Text>
        )}
        <Group>
          {isEnrolled ? (
            <Button loading={signOut.isPending} onClick={() => signOut.mutate()}>
              Sign out and sign in again
            </Button>
          ) : (
            <Button component={Link} to="/account">
              Set up two-step sign-in
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
};

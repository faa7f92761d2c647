/**
 * The organization's settings that admins change: whether every member must
 * sign in with a second factor. The API refuses to turn it on for an admin
 * whose own session had none, and says why.
 */
import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useRefreshingMutation } from '../../api/refreshing-mutation.js';
import { api, unwrap } from '../../api/client.js';
import { ME_KEY } from '../../auth/me-query.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import type { OrgMembership } from '../../auth/me-query.js';

export const OrgSecuritySettings = ({ membership }: { membership: OrgMembership }) => {
  const { organization } = membership;
  const change = useRefreshingMutation(
    (requireSecondFactor: boolean) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/settings', {
          params: { path: { orgId: organization.id } },
          body: { requireSecondFactor },
        }),
      ),
    [ME_KEY],
  );
  return (
    <Paper p="lg" mt="lg">
      <Title order={2} fz="lg" mb={4}>
        Organization settings
      </Title>
      <Stack gap="xs">
        <Switch
          label="Require two-step sign-in"
          description="Members reach this organization only after signing in with a code from an authenticator app; API tokens only when made from such a session. Turn on two-step sign-in for your own account first."
          checked={organization.requireSecondFactor}
          disabled={change.isPending}
          onChange={(event) => {
            const requireSecondFactor = event.currentTarget.checked;
            change.mutate(requireSecondFactor, {
              onSuccess: () =>
                notifySuccess(
                  requireSecondFactor
                    ? 'Two-step sign-in is now required in this organization.'
                    : 'Two-step sign-in is no longer required here.',
                ),
              onError: (error) => notifyFailure('Could not change the setting', error),
            });
          }}
        />
        {organization.requireSecondFactor && (
          <Text size="sm" c="dimmed">
            Members without it see how to set it up, and nothing else of this organization.
          </Text>
        )}
      </Stack>
    </Paper>
  );
};

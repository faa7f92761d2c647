/**
 * Closing a risk, which is final. The API applies the closing rules (treated
 * down to the threshold, or accepted); when it refuses, its reason is shown
 * as it words it, in an alert on the page.
 */
import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { messageOf } from '../../api/client.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { notifySuccess } from '../../components/notify.js';
import type { Risk } from './risk-labels.js';
import { useCloseRisk } from './risk-queries.js';

export const CloseRiskButton = ({
  orgId,
  risk,
  onRefused,
}: {
  orgId: string;
  risk: Risk;
  /** The API's reason for not closing it, or null once a new attempt starts. */
  onRefused: (message: string | null) => void;
}) => {
  const [opened, { open, close }] = useDisclosure(false);
  const mutation = useCloseRisk(orgId, risk.id);
  return (
    <>
      <Button variant="default" onClick={open}>
        Close risk
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title="Close risk"
        confirmLabel="Close risk"
        loading={mutation.isPending}
        isConfirmFocused
        onConfirm={() => {
          onRefused(null);
          close();
          mutation.mutate(undefined, {
            onSuccess: () => notifySuccess('The risk was closed.'),
            onError: (error) => onRefused(messageOf(error)),
          });
        }}
      >
        <Text size="sm">
          A closed risk is kept as it is and can no longer be changed. It is closed only when
          treated down to the acceptance threshold or accepted.
        </Text>
      </ConfirmDialog>
    </>
  );
};

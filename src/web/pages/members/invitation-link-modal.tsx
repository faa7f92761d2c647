/** The link of an invitation that was not e-mailed, shown this once for the inviter to pass on. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { CopyBox } from '../../components/copy-box.js';
import type { IssuedInvitation } from './member-queries.js';

export const InvitationLinkModal = ({
  issued,
  onClose,
}: {
  issued: IssuedInvitation & { link: string };
  onClose: () => void;
}) => (
  <Modal opened onClose={onClose} title="Pass the invitation link on" size="lg">
    <Stack>
      <Text size="sm">
        {issued.delivery === 'email_failed'
          ? 'The mail server did not take the e-mail. '
          : 'E-mail is not set up on this server. '}
        Send this link to <strong>{issued.invitation.email}</strong> yourself, privately: whoever
        opens it can join. It is shown only now; resend the invitation for a new one.
      </Text>
      <CopyBox value={issued.link} label="Invitation link" />
      <Group justify="flex-end">
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  </Modal>
);

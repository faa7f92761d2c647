/** A button for a destructive action that asks first, in a small accessible dialog. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface ConfirmButtonProps {
  /** Visible label of the button. */
  readonly children: ReactNode;
  /** Accessible name when the visible label is not enough, e.g. "Remove Ada as Viewer". */
  readonly ariaLabel?: string;
  readonly title: string;
  readonly message: ReactNode;
  readonly confirmLabel: string;
  readonly loading?: boolean;
  readonly onConfirm: () => void;
}

export const ConfirmButton = (props: ConfirmButtonProps) => {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        onClick={open}
        {...(props.ariaLabel !== undefined ? { 'aria-label': props.ariaLabel } : {})}
      >
        {props.children}
      </Button>
      <Modal opened={opened} onClose={close} title={props.title} centered>
        <Stack>
          <Text size="sm">{props.message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={props.loading ?? false}
              onClick={() => {
                props.onConfirm();
                close();
              }}
            >
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};

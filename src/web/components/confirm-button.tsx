/** A button for a destructive action that asks first, in a small accessible dialog. */
import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog.js';

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
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={props.title}
        confirmLabel={props.confirmLabel}
        confirmColor="red"
        loading={props.loading ?? false}
        onConfirm={() => {
          props.onConfirm();
          close();
        }}
      >
        <Text size="sm">{props.message}</Text>
      </ConfirmDialog>
    </>
  );
};

/**
 * The small dialog that asks before an action: what will happen (and any
 * input the action takes, such as a reason), Cancel, and the action itself.
 */
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface ConfirmDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly confirmColor?: ButtonProps['color'];
  readonly loading?: boolean;
  /** Whether the action button takes the focus when the dialog opens. */
  readonly isConfirmFocused?: boolean;
  readonly onConfirm: () => void;
}

export const ConfirmDialog = (props: ConfirmDialogProps) => (
  <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
    <Stack>
      {props.children}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onClose}>
          Cancel
        </Button>
        <Button
          {...(props.confirmColor ? { color: props.confirmColor } : {})}
          {...(props.loading !== undefined ? { loading: props.loading } : {})}
          {...(props.isConfirmFocused ? { 'data-autofocus': true } : {})}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </Button>
      </Group>
    </Stack>
  </Modal>
);

/**
 * A workflow button that asks before it acts (approve, submit, revise): a
 * small dialog says what will happen; Confirm runs the action.
 */
import { Button, Text } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog.js';

interface ConfirmActionButtonProps {
  readonly children: ReactNode;
  readonly title: string;
  readonly message: ReactNode;
  readonly confirmLabel: string;
  readonly loading?: boolean;
  readonly color?: ButtonProps['color'];
  readonly variant?: ButtonProps['variant'];
  readonly onConfirm: () => void;
}

export const ConfirmActionButton = ({
  children,
  title,
  message,
  confirmLabel,
  loading = false,
  color,
  variant = 'filled',
  onConfirm,
}: ConfirmActionButtonProps) => {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button onClick={open} loading={loading} variant={variant} {...(color ? { color } : {})}>
        {children}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={title}
        confirmLabel={confirmLabel}
        {...(color ? { confirmColor: color } : {})}
        isConfirmFocused
        onConfirm={() => {
          close();
          onConfirm();
        }}
      >
        <Text size="sm" component="div">
          {message}
        </Text>
      </ConfirmDialog>
    </>
  );
};

/**
 * Closing a dialog whose form holds typed input (Esc, a click outside, the
 * close button, Cancel) first asks whether to discard it, inside the dialog:
 * "Keep editing" takes the focus, so Enter or Esc keeps the input. A clean
 * form closes at once.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export interface DiscardGuard {
  /** For the dialog's onClose and its Cancel button. */
  readonly requestClose: () => void;
  readonly isAsking: boolean;
  readonly keepEditing: () => void;
  readonly discard: () => void;
}

export const useDiscardGuard = (isDirty: () => boolean, close: () => void): DiscardGuard => {
  const [isAsking, setAsking] = useState(false);
  return {
    requestClose: () => {
      // A second Esc or outside click while asking keeps the input: discarding takes a click.
      if (isAsking) setAsking(false);
      else if (isDirty()) setAsking(true);
      else close();
    },
    isAsking,
    keepEditing: () => setAsking(false),
    discard: () => {
      setAsking(false);
      close();
    },
  };
};

/** The question, in place of the dialog's buttons while the guard asks. */
export const DiscardChangesPrompt = ({ guard }: { readonly guard: DiscardGuard }) => {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <Alert color="yellow" role="alert" title="Discard your changes?">
      <Text size="sm">What you typed here is not saved yet.</Text>
      <Group justify="flex-end" mt="sm">
        <Button ref={keepRef} variant="default" onClick={guard.keepEditing}>
          Keep editing
        </Button>
        <Button color="red" onClick={guard.discard}>
          Discard changes
        </Button>
      </Group>
    </Alert>
  );
};

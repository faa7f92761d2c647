/**
 * A dialog whose code loads the first time it is wanted, or a moment before,
 * when the pointer or the focus reaches the button that opens it: most
 * visits to a page never open it, and never download it.
 */
import { Center, Loader, Modal } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';

export interface LazyDialog<P extends { onClose: () => void }> {
  readonly Dialog: ComponentType<P>;
  /** Starts loading the code; for the opening button's hover and focus. */
  readonly preload: () => void;
}

export const lazyDialog = <P extends { onClose: () => void }>(
  load: () => Promise<ComponentType<P>>,
): LazyDialog<P> => {
  const Loaded = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  const Dialog = (props: P) => (
    <Suspense
      fallback={
        <Modal opened onClose={props.onClose} withCloseButton={false} centered>
          <Center py="xl">
            <Loader size="sm" aria-label="Loading" />
          </Center>
        </Modal>
      }
    >
      <Loaded {...props} />
    </Suspense>
  );
  return {
    Dialog,
    // A failure is shown when the dialog opens (or a new version loads, see stale-chunks.ts).
    preload: () => void load().catch(() => undefined),
  };
};

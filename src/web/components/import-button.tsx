/** "Import" on a register page: opens the import dialog. Render it only for users who may write. */
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ImportRegister } from './import-registers.js';
import { lazyDialog } from './lazy-dialog.js';

const WIZARD = lazyDialog(() => import('./import-wizard.js').then((module) => module.ImportWizard));

export const ImportButton = ({ orgId, register }: { orgId: string; register: ImportRegister }) => {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        onClick={open}
        onMouseEnter={WIZARD.preload}
        onFocus={WIZARD.preload}
      >
        Import
      </Button>
      {opened && <WIZARD.Dialog orgId={orgId} register={register} onClose={close} />}
    </>
  );
};

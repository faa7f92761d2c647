/** "Import" on a register page: opens the import dialog. Render it only for users who may write. */
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ImportRegister } from './import-registers.js';
import { ImportWizard } from './import-wizard.js';

export const ImportButton = ({ orgId, register }: { orgId: string; register: ImportRegister }) => {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={open}>
        Import
      </Button>
      {opened && <ImportWizard orgId={orgId} register={register} onClose={close} />}
    </>
  );
};

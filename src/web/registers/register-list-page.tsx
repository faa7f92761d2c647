/**
 * A register's list page from its declaration: the header with import,
 * export and add (as the list's `availableActions` allow) above the
 * register list, all kept in the URL; each row opens the record's page.
 * Render it below a RegistersGate, inside an organization.
 */
import { Box, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ExportMenu } from '../components/export-menu.js';
import { ImportButton } from '../components/import-button.js';
import { importRegisterOf } from '../components/import-registers.js';
import type { LazyDialog } from '../components/lazy-dialog.js';
import type { ImportExtras } from '../components/import-registers.js';
import { PageHeader } from '../components/page-header.js';
import { useCurrentOrg } from '../orgs/current-org.js';
import { inSentence } from './declaration.js';
import type { RegisterKey } from './declaration.js';
import { RegisterList } from './register-list.js';
import type { RegisterListProps } from './register-list.js';
import type { RegisterList as RegisterListBody, RegisterPath } from './register-queries.js';
import { useRegister } from './use-register.js';
import type { UrlShape } from './use-register.js';
import { useRegisterView } from './use-register-view.js';

export interface RegisterListPageProps<Path extends RegisterPath & RegisterKey> extends Omit<
  RegisterListProps<Path>,
  'orgId' | 'register' | 'codec' | 'view' | 'addButton' | 'tool' | 'hasRecordPages'
> {
  readonly registerKey: Path;
  /** How the page names its list in the URL (a module constant). */
  readonly url?: UrlShape;
  readonly description: string;
  /** The add button's text, e.g. "Add obligation", and the dialog it opens (loaded when wanted). */
  readonly addLabel: string;
  readonly addForm: LazyDialog<{ orgId: string; onClose: () => void }>;
  /** Opens the add form on arrival, as a link asking to add a record does. */
  readonly isAddingAtFirst?: boolean;
  /** What the import wizard shows beyond the declaration, for an importable register. */
  readonly importExtras?: ImportExtras;
  /** Shown above the list, from the list's answer (a summary of what matches). */
  readonly aboveList?: (list: RegisterListBody<Path> | undefined, orgId: string) => ReactNode;
}

export const RegisterListPage = <Path extends RegisterPath & RegisterKey>(
  props: RegisterListPageProps<Path>,
) => {
  const { registerKey, url, description, addLabel, addForm, ...list } = props;
  const { importExtras, aboveList, isAddingAtFirst = false, ...listProps } = list;
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const { register, codec } = useRegister(registerKey, url);
  const view = useRegisterView(orgId, registerKey, codec);
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(isAddingAtFirst);
  const addButton = view.may('create') ? (
    <Button onClick={openAdd} onMouseEnter={addForm.preload} onFocus={addForm.preload}>
      {addLabel}
    </Button>
  ) : undefined;
  return (
    <>
      <PageHeader
        title={register.many}
        description={description}
        actions={
          <>
            {importExtras && register.transfer.isImportable && view.may('import') && (
              <ImportButton orgId={orgId} register={importRegisterOf(register, importExtras)} />
            )}
            {register.transfer.isExportable && view.may('export') && (
              <ExportMenu
                orgId={orgId}
                // An exportable register's export route is `<key>/export`.
                sources={[{ register: register.key, label: inSentence(register.many) }]}
              />
            )}
            {addButton}
          </>
        }
      />
      {aboveList && (
        <Box mb="md">{aboveList(view.list.data as RegisterListBody<Path> | undefined, orgId)}</Box>
      )}
      <RegisterList
        orgId={orgId}
        register={register}
        codec={codec}
        view={view}
        hasRecordPages
        {...listProps}
        {...(addButton ? { addButton } : {})}
      />
      {view.may('create') && adding && <addForm.Dialog orgId={orgId} onClose={closeAdd} />}
    </>
  );
};

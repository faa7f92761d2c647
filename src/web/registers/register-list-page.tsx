/**
 * A register's list page from its declaration: the header with import,
 * export and add (as the list's `availableActions` allow) above the
 * register list, all kept in the URL.
 */
import { Box, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { ExportRegister } from '../components/export-download.js';
import { ExportMenu } from '../components/export-menu.js';
import { ImportButton } from '../components/import-button.js';
import { importRegisterOf, type ImportExtras } from '../components/import-registers.js';
import { PageHeader } from '../components/page-header.js';
import { inSentence } from './declaration.js';
import { RegisterList, type RegisterListProps } from './register-list.js';
import type { RegisterPath } from './register-queries.js';
import { useRegisterView } from './use-register-view.js';

export interface RegisterListPageProps<Path extends RegisterPath> extends Omit<
  RegisterListProps<Path>,
  'view' | 'addButton' | 'tool'
> {
  readonly path: Path;
  readonly description: string;
  /** The add button's text, e.g. "Add obligation", and the form it opens. */
  readonly addLabel: string;
  readonly addForm: (onClose: () => void) => ReactNode;
  /** Opens the add form on arrival, as a link asking to add a record does. */
  readonly isAddingAtFirst?: boolean;
  /** Shown between the header and the list, such as a summary of the register. */
  readonly above?: ReactNode;
  /** What the import wizard shows beyond the declaration, for an importable register. */
  readonly importExtras?: ImportExtras;
  /** The export route, for an exportable register. */
  readonly exportRegister?: ExportRegister;
}

export const RegisterListPage = <Path extends RegisterPath>(props: RegisterListPageProps<Path>) => {
  const { orgId, register, path, codec, description, addLabel, addForm, ...list } = props;
  const { importExtras, exportRegister, isAddingAtFirst = false, above, ...listProps } = list;
  const view = useRegisterView(orgId, path, codec);
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(isAddingAtFirst);
  const addButton = view.may('create') ? <Button onClick={openAdd}>{addLabel}</Button> : undefined;
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
            {exportRegister && register.transfer.isExportable && view.may('export') && (
              <ExportMenu
                orgId={orgId}
                sources={[{ register: exportRegister, label: inSentence(register.many) }]}
              />
            )}
            {addButton}
          </>
        }
      />
      {above !== undefined && <Box mb="md">{above}</Box>}
      <RegisterList
        orgId={orgId}
        register={register}
        codec={codec}
        view={view}
        {...listProps}
        {...(addButton ? { addButton } : {})}
      />
      {view.may('create') && adding && addForm(closeAdd)}
    </>
  );
};

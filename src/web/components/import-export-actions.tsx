/**
 * The Import and Export buttons of an importable register's page. Import
 * appears only when the caller says the user may write the register.
 */
import { ExportMenu } from './export-menu.js';
import { ImportButton } from './import-button.js';
import type { ImportRegister } from './import-registers.js';

interface ImportExportActionsProps {
  readonly orgId: string;
  readonly register: ImportRegister;
  readonly canImport: boolean;
}

export const ImportExportActions = ({ orgId, register, canImport }: ImportExportActionsProps) => (
  <>
    {canImport && <ImportButton orgId={orgId} register={register} />}
    <ExportMenu orgId={orgId} sources={[{ register: register.path, label: register.many }]} />
  </>
);

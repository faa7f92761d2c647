/** Sending a document version under review back to draft, with the reason the author will see. */
import { ReturnToDraftButton } from '../../components/return-to-draft-button.js';
import { useVersionStep } from './document-queries.js';
import type { DocumentVersion } from './document-queries.js';

export const ReturnVersionButton = ({
  orgId,
  version,
}: {
  orgId: string;
  version: DocumentVersion;
}) => {
  const step = useVersionStep(orgId, version.documentId, version.id);
  return (
    <ReturnToDraftButton
      versionNumber={version.version}
      loading={step.isPending}
      onReturn={(comment) => step.mutateAsync({ action: 'return', comment })}
    />
  );
};

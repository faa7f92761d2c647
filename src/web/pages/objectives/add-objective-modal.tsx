/** Adding an AI objective; the new objective's page opens afterwards. */
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../components/notify.js';
import { orgPath } from '../../orgs/current-org.js';
import { EMPTY_OBJECTIVE } from './objective-form-values.js';
import { ObjectiveFormModal } from './objective-form-modal.js';
import { useCreateObjective } from './objective-queries.js';

export const AddObjectiveModal = ({
  orgId,
  opened,
  onClose,
}: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
}) => {
  const create = useCreateObjective(orgId);
  const navigate = useNavigate();
  if (!opened) return null;
  return (
    <ObjectiveFormModal
      orgId={orgId}
      title="Add AI objective"
      submitLabel="Add objective"
      initialValues={EMPTY_OBJECTIVE}
      isSaving={create.isPending}
      save={create.mutate}
      onSaved={(objective) => {
        notifySuccess(`“${objective.title}” was added to the AI objectives.`);
        onClose();
        void navigate(orgPath(orgId, 'objectives', objective.id));
      }}
      onClose={onClose}
    />
  );
};

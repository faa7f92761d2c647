/** Changing an AI system: every field, saved at once. */
import { notifySuccess } from '../../components/notify.js';
import { AiSystemFormModal } from './ai-system-form-modal.js';
import { formValuesOf } from './ai-system-form-values.js';
import { useUpdateAiSystem, type AiSystem } from './ai-system-queries.js';

interface EditAiSystemModalProps {
  readonly orgId: string;
  readonly system: AiSystem;
  readonly opened: boolean;
  readonly onClose: () => void;
}

export const EditAiSystemModal = ({ orgId, system, opened, onClose }: EditAiSystemModalProps) => {
  const update = useUpdateAiSystem(orgId, system.id);
  if (!opened) return null;
  return (
    <AiSystemFormModal
      orgId={orgId}
      title={`Edit ${system.name}`}
      submitLabel="Save changes"
      initialValues={formValuesOf(system)}
      isSaving={update.isPending}
      save={update.mutate}
      onSaved={(saved) => {
        notifySuccess(`“${saved.name}” was saved.`);
        update.reset();
        onClose();
      }}
      onClose={() => {
        update.reset();
        onClose();
      }}
    />
  );
};

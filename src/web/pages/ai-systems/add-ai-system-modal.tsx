/** Adding an AI system to the inventory. */
import { notifySuccess } from '../../components/notify.js';
import { AiSystemFormModal } from './ai-system-form-modal.js';
import { EMPTY_AI_SYSTEM } from './ai-system-form-values.js';
import { useCreateAiSystem } from './ai-system-queries.js';

interface AddAiSystemModalProps {
  readonly orgId: string;
  readonly opened: boolean;
  readonly onClose: () => void;
}

export const AddAiSystemModal = ({ orgId, opened, onClose }: AddAiSystemModalProps) => {
  const create = useCreateAiSystem(orgId);
  if (!opened) return null;
  return (
    <AiSystemFormModal
      orgId={orgId}
      title="Add AI system"
      submitLabel="Add AI system"
      initialValues={EMPTY_AI_SYSTEM}
      isSaving={create.isPending}
      save={create.mutate}
      onSaved={(system) => {
        notifySuccess(`“${system.name}” was added to the AI system inventory.`);
        create.reset();
        onClose();
      }}
      onClose={() => {
        create.reset();
        onClose();
      }}
    />
  );
};

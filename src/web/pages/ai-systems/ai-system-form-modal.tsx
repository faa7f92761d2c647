/**
 * Adding an AI system to the inventory or changing one: every field, saved
 * at once, with the API's objections next to the fields they concern. Mount
 * it only while open.
 */
import { notifySuccess } from '../../components/notify.js';
import { RegisterFormModal, type RecordFormProps } from '../../registers/register-form-modal.js';
import { useRegister } from '../../registers/use-register.js';
import { AiSystemFormFields } from './ai-system-form-fields.js';
import {
  EMPTY_AI_SYSTEM,
  aiSystemFieldLabels,
  formValuesOf,
  requestBodyOf,
  type AiSystemFormValues,
} from './ai-system-form-values.js';
import { useSaveAiSystem, type AiSystem } from './ai-system-queries.js';

export const AiSystemFormModal = ({
  orgId,
  record: system,
  onClose,
}: RecordFormProps<AiSystem>) => {
  const save = useSaveAiSystem(orgId, system?.id);
  const { register } = useRegister('ai-systems');
  return (
    <RegisterFormModal
      title={system ? `Edit ${system.name}` : 'Add AI system'}
      submitLabel={system ? 'Save changes' : 'Add AI system'}
      size="xl"
      initialValues={system ? formValuesOf(system) : EMPTY_AI_SYSTEM}
      labels={(values: AiSystemFormValues) => aiSystemFieldLabels(register, values)}
      bodyOf={requestBodyOf}
      save={save}
      onSaved={(saved) =>
        notifySuccess(
          system
            ? `“${saved.name}” was saved.`
            : `“${saved.name}” was added to the AI system inventory.`,
        )
      }
      onClose={onClose}
    >
      {(form) => <AiSystemFormFields form={form} orgId={orgId} />}
    </RegisterFormModal>
  );
};

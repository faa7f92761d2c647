/**
 * Adding an AI system to the inventory or changing one: every field, saved
 * at once, with the API's objections next to the fields they concern. Mount
 * it only while open.
 */
import { RecordFormModal } from '../../registers/record-form-modal.js';
import type { RecordFormProps } from '../../registers/register-form-modal.js';
import { useRegister } from '../../registers/use-register.js';
import { AiSystemFormFields } from './ai-system-form-fields.js';
import {
  EMPTY_AI_SYSTEM,
  aiSystemFieldLabels,
  foldAiSystemErrors,
  formValuesOf,
  requestBodyOf,
} from './ai-system-form-values.js';
import type { AiSystemFormValues } from './ai-system-form-values.js';
import type { AiSystem } from './ai-system-queries.js';

export const AiSystemFormModal = (props: RecordFormProps<AiSystem>) => {
  const { register } = useRegister('ai-systems');
  return (
    <RecordFormModal
      {...props}
      registerKey="ai-systems"
      addedTo="the AI system inventory"
      size="xl"
      initialValues={props.record ? formValuesOf(props.record) : EMPTY_AI_SYSTEM}
      labels={(values: AiSystemFormValues) => aiSystemFieldLabels(register, values)}
      foldErrors={foldAiSystemErrors}
      bodyOf={requestBodyOf}
    >
      {(form) => <AiSystemFormFields form={form} orgId={props.orgId} />}
    </RecordFormModal>
  );
};

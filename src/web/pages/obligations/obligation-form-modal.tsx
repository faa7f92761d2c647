/**
 * Adding or changing an obligation; the API's objections appear next to the
 * fields they concern. Mount it only while open.
 */
import { notifySuccess } from '../../components/notify.js';
import { fieldLabelsOf, foldItemErrors, withItemLabels } from '../../registers/form-labels.js';
import { RegisterFormModal, type RecordFormProps } from '../../registers/register-form-modal.js';
import { useRegister } from '../../registers/use-register.js';
import { ObligationFormFields } from './obligation-form-fields.js';
import {
  obligationBodyOf,
  obligationFormValuesOf,
  type ObligationFormValues,
} from './obligation-form-values.js';
import { useSaveObligation, type Obligation } from './obligation-queries.js';

/** The API names one AI system of the list (`aiSystemIds.2`); the form shows it under the list. */
const foldAiSystemErrors = foldItemErrors(['aiSystemIds']);

export const ObligationFormModal = ({
  orgId,
  record: obligation,
  onClose,
}: RecordFormProps<Obligation>) => {
  const save = useSaveObligation(orgId, obligation?.id);
  const { register } = useRegister('obligations');
  const labelsOf = (values: ObligationFormValues) =>
    withItemLabels(fieldLabelsOf(register), 'aiSystemIds', values.aiSystemIds.length);
  return (
    <RegisterFormModal
      title={obligation ? `Edit ${obligation.source} ${obligation.reference}` : 'Add obligation'}
      submitLabel={obligation ? 'Save changes' : 'Add obligation'}
      size="xl"
      initialValues={obligationFormValuesOf(obligation)}
      labels={labelsOf}
      foldErrors={foldAiSystemErrors}
      bodyOf={obligationBodyOf}
      save={save}
      onSaved={(saved) => {
        const name = `${saved.source} ${saved.reference}`;
        notifySuccess(
          obligation ? `“${name}” was saved.` : `“${name}” was added to the obligations.`,
        );
      }}
      onClose={onClose}
    >
      {(form) => <ObligationFormFields form={form} orgId={orgId} />}
    </RegisterFormModal>
  );
};

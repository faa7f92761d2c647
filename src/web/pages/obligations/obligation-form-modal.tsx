/**
 * Adding or changing an obligation; the API's objections appear next to the
 * fields they concern. Mount it only while open.
 */
import { fieldLabelsOf, foldItemErrors, withItemLabels } from '../../registers/form-labels.js';
import { RecordFormModal } from '../../registers/record-form-modal.js';
import type { RecordFormProps } from '../../registers/register-form-modal.js';
import { useRegister } from '../../registers/use-register.js';
import { ObligationFormFields } from './obligation-form-fields.js';
import { obligationBodyOf, obligationFormValuesOf } from './obligation-form-values.js';
import type { ObligationFormValues } from './obligation-form-values.js';
import type { Obligation } from './obligation-queries.js';

/** The API names one AI system of the list (`aiSystemIds.2`); the form shows it under the list. */
const foldAiSystemErrors = foldItemErrors(['aiSystemIds']);

export const ObligationFormModal = (props: RecordFormProps<Obligation>) => {
  const { register } = useRegister('obligations');
  const labelsOf = (values: ObligationFormValues) =>
    withItemLabels(fieldLabelsOf(register), 'aiSystemIds', values.aiSystemIds.length);
  return (
    <RecordFormModal
      {...props}
      registerKey="obligations"
      addedTo="the obligations"
      size="xl"
      initialValues={obligationFormValuesOf(props.record)}
      labels={labelsOf}
      foldErrors={foldAiSystemErrors}
      bodyOf={obligationBodyOf}
    >
      {(form) => <ObligationFormFields form={form} orgId={props.orgId} />}
    </RecordFormModal>
  );
};

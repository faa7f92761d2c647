/**
 * Adding or changing a risk, scored on the scales of the risk criteria in
 * force; the API's objections appear next to the fields they concern. Mount
 * it only while open.
 */
import { useQuery } from '@tanstack/react-query';
import { notifySuccess } from '../../components/notify.js';
import { foldItemErrors, withItemLabels } from '../../registers/form-labels.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import type { RecordFormProps } from '../../registers/register-form-modal.js';
import { useRegisterRecordSave } from '../../registers/register-records.js';
import { RiskFormFields } from './risk-form-fields.js';
import { riskBodyOf, riskFormValuesOf } from './risk-form-values.js';
import type { RiskFormValues } from './risk-form-values.js';
import { RISK_LABELS } from './risk-labels.js';
import type { Risk } from './risk-labels.js';
import { riskCriteriaQuery } from './risk-queries.js';
import type { RiskBody } from './risk-queries.js';

const foldListErrors = foldItemErrors(['aiSystemIds', 'annexCObjectiveIds']);

const labelsOf = (values: RiskFormValues) =>
  withItemLabels(
    withItemLabels(RISK_LABELS, 'aiSystemIds', values.aiSystemIds.length),
    'annexCObjectiveIds',
    values.annexCObjectiveIds.length,
  );

export const RiskFormModal = ({ orgId, record, onClose }: RecordFormProps<Risk>) => {
  const save = useRegisterRecordSave(orgId, 'risks', record?.id);
  const overview = useQuery(riskCriteriaQuery(orgId));
  const approved = overview.data?.approved ?? null;
  return (
    <RegisterFormModal<RiskFormValues, RiskBody, Risk>
      title={record ? 'Edit risk' : 'Add risk'}
      submitLabel={record ? 'Save changes' : 'Add risk'}
      size="xl"
      initialValues={riskFormValuesOf(record)}
      labels={labelsOf}
      foldErrors={foldListErrors}
      bodyOf={riskBodyOf}
      save={save}
      onSaved={(saved) =>
        notifySuccess(
          record
            ? `“${saved.statement}” was saved.`
            : `“${saved.statement}” was added to the AI risks.`,
        )
      }
      onClose={onClose}
    >
      {(form) => (
        <RiskFormFields
          form={form}
          orgId={orgId}
          criteria={approved && { version: approved.version, criteria: approved.criteria }}
          record={record}
        />
      )}
    </RegisterFormModal>
  );
};

/**
 * The shell of a register record's page: breadcrumbs back to the register,
 * the title with Edit and Delete as the record's `availableActions` allow
 * (Delete asks first, then returns to the register), its facts (or a
 * skeleton, an error to retry, a not-found page) and, for those who may read
 * the audit trail, its history. It reads the record named by the route
 * (`<register>/:recordId`). Render it below a RegistersGate.
 */
import { Anchor, Breadcrumbs, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { EntityHistory } from '../audit/entity-history.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ErrorState } from '../components/error-state.js';
import { notifyFailure, notifySuccess } from '../components/notify.js';
import { PageHeader } from '../components/page-header.js';
import { orgPath, useCurrentOrg } from '../orgs/current-org.js';
import { NotFoundPage } from '../pages/not-found.js';
import { inSentence } from './declaration.js';
import type { RegisterKey } from './declaration.js';
import { useCanReadHistory } from './pending-permissions.js';
import { RECORD_ID_PARAM } from './record-id-param.js';
import { recordNameOf } from './record-names.js';
import type { RecordFormProps } from './register-form-modal.js';
import { registerRecordQuery, useRegisterRecordDelete } from './register-records.js';
import type { RecordPath, RegisterRecord } from './register-records.js';
import { useRegister } from './use-register.js';

interface RecordPageProps<Key extends RecordPath & RegisterKey> {
  readonly registerKey: Key;
  /** The audit trail's name for the record type, e.g. "obligation". */
  readonly entityType: string;
  /** The edit dialog, opened by Edit where the record allows it. */
  readonly editForm?: ComponentType<RecordFormProps<RegisterRecord<Key>>>;
  /**
   * What Delete's confirmation says will happen, e.g. that the audit trail
   * keeps the record; Delete is offered, where the record allows it, with it.
   */
  readonly deleteMessage?: (record: RegisterRecord<Key>) => string;
  /** The record's own actions beyond Edit and Delete (retire, start a version …). */
  readonly extraActions?: (record: RegisterRecord<Key>, orgId: string) => ReactNode;
  /** The record's facts. */
  readonly children: (record: RegisterRecord<Key>, orgId: string) => ReactNode;
}

/** What every record's GET answers besides its own fields. */
interface RecordBase {
  readonly id: string;
  readonly availableActions: readonly string[];
}

const DeleteButton = (props: {
  readonly orgId: string;
  readonly path: RecordPath;
  readonly one: string;
  readonly name: string;
  readonly id: string;
  readonly message: string;
}) => {
  const navigate = useNavigate();
  const mutation = useRegisterRecordDelete(props.orgId, props.path);
  return (
    <ConfirmButton
      title={`Delete ${inSentence(props.one)}`}
      message={props.message}
      confirmLabel="Delete"
      loading={mutation.isPending}
      onConfirm={() =>
        mutation.mutate(props.id, {
          onSuccess: () => {
            notifySuccess(`“${props.name}” was deleted.`);
            void navigate(orgPath(props.orgId, props.path));
          },
          onError: (error) => notifyFailure(`Could not delete the ${inSentence(props.one)}`, error),
        })
      }
    >
      Delete
    </ConfirmButton>
  );
};

export const RecordPage = <Key extends RecordPath & RegisterKey>(props: RecordPageProps<Key>) => {
  const { registerKey, editForm: EditForm, deleteMessage } = props;
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const recordId = useParams()[RECORD_ID_PARAM] ?? '';
  const record = useQuery(registerRecordQuery(orgId, registerKey, recordId));
  const { register } = useRegister(registerKey);
  const canReadHistory = useCanReadHistory();
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  if (record.error instanceof ApiError && record.error.status === 404) {
    const why = deleteMessage
      ? 'It may have been deleted.'
      : 'It may have been registered in another organization.';
    return (
      <NotFoundPage
        title={`${register.one} not found`}
        message={`This ${inSentence(register.one)} does not exist in this organization. ${why}`}
      />
    );
  }
  const data = record.data;
  const base = data as RecordBase | undefined;
  const may = (action: string) => base?.availableActions.includes(action) ?? false;
  // The record's name; the register's singular name while it loads.
  const title = data ? recordNameOf(registerKey, data) : register.one;
  const breadcrumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to={orgPath(orgId, register.key)} size="sm">
        {register.many}
      </Anchor>
      <Text size="sm" aria-current="page">
        {data ? title : '…'}
      </Text>
    </Breadcrumbs>
  );
  const extra = data && props.extraActions?.(data, orgId);
  const deletion = data && deleteMessage && may('delete') ? deleteMessage(data) : undefined;
  const canEdit = EditForm !== undefined && may('edit');
  const actions =
    base && (extra || deletion !== undefined || canEdit) ? (
      <>
        {extra}
        {deletion !== undefined && (
          <DeleteButton
            orgId={orgId}
            path={registerKey}
            one={register.one}
            name={title}
            id={base.id}
            message={deletion}
          />
        )}
        {canEdit && (
          <Button variant="default" onClick={openEdit}>
            Edit
          </Button>
        )}
      </>
    ) : undefined;
  return (
    <>
      <PageHeader title={title} above={breadcrumbs} actions={actions} />
      <Stack gap="xl">
        {record.isError && (
          <ErrorState error={record.error} onRetry={() => void record.refetch()} />
        )}
        {record.isPending && <Skeleton height={320} radius="md" />}
        {data && props.children(data, orgId)}
        {base && canReadHistory && (
          <EntityHistory
            orgId={orgId}
            entityType={props.entityType}
            entityId={base.id}
            fields={register.fields}
          />
        )}
      </Stack>
      {data && EditForm && canEdit && editing && (
        <EditForm orgId={orgId} record={data} onClose={closeEdit} />
      )}
    </>
  );
};

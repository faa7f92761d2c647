/**
 * The shell of a register record's page: breadcrumbs back to the register,
 * the title with Edit and Delete as the record's `availableActions` allow
 * (Delete asks first, then returns to the register), its facts (or a
 * skeleton, an error to retry, a not-found page) and, for those who may read
 * the audit trail, its history. Render it below a RegistersGate.
 */
import { Anchor, Breadcrumbs, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/client.js';
import { EntityHistory } from '../audit/entity-history.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ErrorState } from '../components/error-state.js';
import { notifyFailure, notifySuccess } from '../components/notify.js';
import { PageHeader } from '../components/page-header.js';
import { orgPath } from '../orgs/current-org.js';
import { NotFoundPage } from '../pages/not-found.js';
import type { DeleteMutation } from './register-mutations.js';
import { inSentence, type RegisterKey } from './declaration.js';
import { useCanReadHistory } from './pending-permissions.js';
import { useRegister } from './use-register.js';

interface RecordQuery<Data> {
  readonly data: Data | undefined;
  readonly error: unknown;
  readonly isError: boolean;
  readonly isPending: boolean;
  readonly refetch: () => Promise<unknown>;
}

interface RecordRemoval<Data> {
  /** What the confirmation says will happen, e.g. that the audit trail keeps the record. */
  readonly message: (record: Data) => string;
  readonly mutation: DeleteMutation;
}

interface RecordPageProps<Data extends { id: string; availableActions: readonly string[] }> {
  readonly orgId: string;
  readonly registerKey: RegisterKey;
  readonly record: RecordQuery<Data>;
  /** The record's name; the register's singular name while it loads. */
  readonly titleOf: (record: Data) => string;
  /** Why a record may be missing, e.g. "It may have been deleted." */
  readonly notFoundMessage: string;
  /** The audit trail's name for the record type, e.g. "obligation". */
  readonly entityType: string;
  /** The edit dialog, opened by Edit where the record allows it. */
  readonly editForm?: (record: Data, onClose: () => void) => ReactNode;
  /** Delete, where the record allows it. */
  readonly removal?: RecordRemoval<Data>;
  /** The record's own actions beyond Edit and Delete (retire, start a version …). */
  readonly extraActions?: (record: Data) => ReactNode;
  /** The record's facts. */
  readonly children: (record: Data) => ReactNode;
}

const DeleteButton = <Data extends { id: string }>(props: {
  readonly orgId: string;
  readonly path: string;
  readonly one: string;
  readonly name: string;
  readonly record: Data;
  readonly removal: RecordRemoval<Data>;
}) => {
  const navigate = useNavigate();
  const { mutation } = props.removal;
  return (
    <ConfirmButton
      title={`Delete ${inSentence(props.one)}`}
      message={props.removal.message(props.record)}
      confirmLabel="Delete"
      loading={mutation.isPending}
      onConfirm={() =>
        mutation.mutate(props.record.id, {
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

export const RecordPage = <Data extends { id: string; availableActions: readonly string[] }>(
  props: RecordPageProps<Data>,
) => {
  const { orgId, record, titleOf, editForm, removal } = props;
  const { register } = useRegister(props.registerKey);
  const canReadHistory = useCanReadHistory();
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  if (record.error instanceof ApiError && record.error.status === 404) {
    return (
      <NotFoundPage
        title={`${register.one} not found`}
        message={`This ${inSentence(register.one)} does not exist in this organization. ${props.notFoundMessage}`}
      />
    );
  }
  const data = record.data;
  const may = (action: string) => data?.availableActions.includes(action) ?? false;
  const title = data ? titleOf(data) : register.one;
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
  const extra = data && props.extraActions?.(data);
  const actions =
    data && (extra || (removal && may('delete')) || (editForm && may('edit'))) ? (
      <>
        {extra}
        {removal && may('delete') && (
          <DeleteButton
            orgId={orgId}
            path={register.key}
            one={register.one}
            name={title}
            record={data}
            removal={removal}
          />
        )}
        {editForm && may('edit') && (
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
        {data && props.children(data)}
        {data && canReadHistory && (
          <EntityHistory orgId={orgId} entityType={props.entityType} entityId={data.id} />
        )}
      </Stack>
      {data && editForm && may('edit') && editing && editForm(data, closeEdit)}
    </>
  );
};

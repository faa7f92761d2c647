/**
 * The shell of a register record's page: breadcrumbs back to the register,
 * the title with the actions the record allows, its facts (or a skeleton, an
 * error to retry, a not-found page) and, for those who may read the audit
 * trail, its history.
 */
import { Anchor, Breadcrumbs, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.js';
import { EntityHistory } from '../audit/entity-history.js';
import { ErrorState } from '../components/error-state.js';
import { PageHeader } from '../components/page-header.js';
import { orgPath } from '../orgs/current-org.js';
import { NotFoundPage } from '../pages/not-found.js';
import { useCanReadHistory } from './pending-permissions.js';

interface RecordQuery<Data> {
  readonly data: Data | undefined;
  readonly error: unknown;
  readonly isError: boolean;
  readonly isPending: boolean;
  readonly refetch: () => Promise<unknown>;
}

interface RecordPageProps<Data extends { id: string }> {
  readonly orgId: string;
  /** The register's path in the web UI and its name, for the breadcrumbs: "obligations", "Obligations". */
  readonly register: { readonly path: string; readonly many: string };
  readonly record: RecordQuery<Data>;
  readonly titleOf: (record: Data | undefined) => string;
  readonly notFound: { readonly title: string; readonly message: string };
  /** The audit trail's name for the record type, e.g. "obligation". */
  readonly entityType: string;
  readonly actions?: (record: Data) => ReactNode;
  /** The record's facts. */
  readonly children: (record: Data) => ReactNode;
}

export const RecordPage = <Data extends { id: string }>(props: RecordPageProps<Data>) => {
  const { orgId, register, record, titleOf } = props;
  const canReadHistory = useCanReadHistory();
  if (record.error instanceof ApiError && record.error.status === 404) {
    return <NotFoundPage title={props.notFound.title} message={props.notFound.message} />;
  }
  const data = record.data;
  const breadcrumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to={orgPath(orgId, register.path)} size="sm">
        {register.many}
      </Anchor>
      <Text size="sm" aria-current="page">
        {data ? titleOf(data) : '…'}
      </Text>
    </Breadcrumbs>
  );
  return (
    <>
      <PageHeader
        title={titleOf(data)}
        above={breadcrumbs}
        actions={data && props.actions ? props.actions(data) : undefined}
      />
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
    </>
  );
};

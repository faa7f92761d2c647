/** Personal API tokens for the CLI and integrations: what exists, create, revoke. */
import { Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ConfirmButton } from '../../components/confirm-button.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { AccountCard } from './account-card.js';
import { CreateTokenForm } from './create-token-form.js';
import { tokensQuery, useRevokeToken } from './token-queries.js';
import type { ApiToken } from './token-queries.js';

const RevokeButton = ({ token }: { token: ApiToken }) => {
  const revoke = useRevokeToken();
  return (
    <ConfirmButton
      ariaLabel={`Revoke token ${token.name}`}
      title="Revoke token"
      message={`Anything that uses “${token.name}” (${token.tokenPrefix}…) stops working at once. This cannot be undone.`}
      confirmLabel="Revoke"
      loading={revoke.isPending}
      onConfirm={() =>
        revoke.mutate(token.id, {
          onSuccess: () => notifySuccess(`The token “${token.name}” was revoked.`),
          onError: (error) => notifyFailure('Could not revoke the token', error),
        })
      }
    >
      Revoke
    </ConfirmButton>
  );
};

const TokenRow = ({ token }: { token: ApiToken }) => (
  <Table.Tr>
    <Table.Td fw={600}>{token.name}</Table.Td>
    <Table.Td ff="monospace">{token.tokenPrefix}…</Table.Td>
    <Table.Td>
      <DateTime value={token.createdAt} />
    </Table.Td>
    <Table.Td>{token.lastUsedAt ? <DateTime value={token.lastUsedAt} /> : 'Never'}</Table.Td>
    <Table.Td>
      {token.revokedAt ? <Badge color="gray">Revoked</Badge> : <Badge color="teal">Active</Badge>}
    </Table.Td>
    <Table.Td>{token.revokedAt === null && <RevokeButton token={token} />}</Table.Td>
  </Table.Tr>
);

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'Name' },
  { header: 'Starts with' },
  { header: 'Created' },
  { header: 'Last used' },
  { header: 'Status' },
  { header: 'Actions', width: 100, isHeaderHidden: true },
];

export const ApiTokens = () => {
  const tokens = useQuery(tokensQuery);
  return (
    <AccountCard
      title="API tokens"
      description="Personal tokens let the aims command or an integration call the API as you, with your roles."
    >
      <Stack gap="lg">
        <CreateTokenForm />
        {tokens.isError && (
          <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
        )}
        {tokens.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            You have no API tokens.
          </Text>
        )}
        {(tokens.isPending || (tokens.data?.length ?? 0) > 0) && (
          <SimpleTable label="Your API tokens" minWidth={720} columns={COLUMNS} highlightOnHover>
            {tokens.data === undefined ? (
              <TableSkeletonRows columns={COLUMNS.length} rows={2} />
            ) : (
              tokens.data.map((token) => <TokenRow key={token.id} token={token} />)
            )}
          </SimpleTable>
        )}
      </Stack>
    </AccountCard>
  );
};

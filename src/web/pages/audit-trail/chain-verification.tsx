/**
 * "Verify chain": the server walks the organization's chain from its first
 * entry with the installation's key and holds it against the newest signed
 * checkpoint (as `aims verify-log` does); the result stays on the page.
 */
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';

type Verification = Schemas['AuditChainVerification'];

const BREAK_REASONS: Readonly<Record<string, string>> = {
  hash_mismatch: 'its content no longer gives its stored hash: it was changed',
  previous_hash_mismatch:
    'it does not link to the entry before it: an entry was removed or inserted',
  sequence_gap: 'the numbering jumps: entries are missing',
};

const VerificationResult = ({ result }: { result: Verification }) => {
  const { firstBreak, checkpoint } = result;
  if (firstBreak) {
    return (
      <Alert color="red" title="The chain is broken" role="alert">
        Entry #{firstBreak.sequence}: {BREAK_REASONS[firstBreak.reason] ?? firstBreak.reason}.
        Checked <DateTime value={result.verifiedAt} />.
      </Alert>
    );
  }
  const checkpointBreak = checkpoint?.break;
  if (checkpoint && (!checkpoint.isSignatureValid || checkpointBreak)) {
    return (
      <Alert color="red" title="The chain does not match its checkpoint" role="alert">
        {!checkpoint.isSignatureValid
          ? 'The newest checkpoint does not match its signature.'
          : checkpointBreak?.reason === 'entries_missing'
            ? `Entries #${checkpointBreak.fromSequence ?? '?'}–${checkpointBreak.toSequence ?? '?'} recorded in the checkpoint of `
            : `Entry #${checkpointBreak?.sequence ?? '?'} differs from the checkpoint of `}
        {checkpoint.isSignatureValid && <DateTime value={checkpoint.createdAt} />}
        {checkpointBreak?.reason === 'entries_missing' ? ' are missing.' : '.'}
      </Alert>
    );
  }
  return (
    <Alert color="green" title="The chain is intact" role="status">
      <Stack gap={4}>
        <Text size="sm">
          All {result.entries} entries link to the one before them and give their stored hashes
          (checked <DateTime value={result.verifiedAt} />
          ).
        </Text>
        <Text size="sm">
          {checkpoint ? (
            <>
              The first {checkpoint.entries} match the signed checkpoint of{' '}
              <DateTime value={checkpoint.createdAt} />.
            </>
          ) : (
            'No signed checkpoint covers this organization yet (aims audit checkpoint makes one).'
          )}
        </Text>
      </Stack>
    </Alert>
  );
};

export const useChainVerification = (orgId: string) =>
  useMutation({
    mutationFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/audit-log/verification', { params: { path: { orgId } } }),
      ),
  });

export const VerifyChainButton = ({
  verification,
}: {
  verification: ReturnType<typeof useChainVerification>;
}) => (
  <Button variant="default" loading={verification.isPending} onClick={() => verification.mutate()}>
    Verify chain
  </Button>
);

export const ChainVerificationResult = ({
  verification,
}: {
  verification: ReturnType<typeof useChainVerification>;
}) => {
  if (verification.isError)
    return <ErrorState error={verification.error} onRetry={() => verification.mutate()} />;
  if (!verification.data) return null;
  return <VerificationResult result={verification.data} />;
};

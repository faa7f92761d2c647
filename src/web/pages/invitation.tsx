/**
 * Where an invitation link lands (/invitation#<token>): what the invitation
 * offers, then the way to accept it — a name and password for a newcomer, the
 * password (or the open session) of an existing account — and on into the
 * organization.
 */
import {
  Alert,
  Button,
  Center,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, api, messageOf, unwrap } from '../api/client.js';
import type { Schemas } from '../api/client.js';
import { ME_KEY, meQuery } from '../auth/me-query.js';
import type { Me } from '../auth/me-query.js';
import { BrandMark } from '../components/brand.js';
import { formatDateTime } from '../components/date-time.js';
import { FormAlert } from '../components/form-alert.js';
import { applyApiError } from '../components/form-errors.js';
import { ORG_KIND_LABELS, ROLE_LABELS } from '../labels/roles.js';

type Preview = Schemas['InvitationPreview'];

interface AcceptBody {
  readonly token: string;
  readonly name?: string;
  readonly password?: string;
}

const LABELS = { name: 'Your name', password: 'Password' };

/** Why a link no longer works, in the invitee's words. */
const LINK_PROBLEMS: Readonly<Record<string, string>> = {
  INVITATION_NOT_FOUND: 'This invitation link is not valid',
  INVITATION_EXPIRED: 'This invitation has expired',
  INVITATION_REVOKED: 'This invitation was withdrawn',
  INVITATION_USED: 'This invitation was already accepted',
};

const Frame = ({ children }: { children: ReactNode }) => (
  <Center mih="100vh" p="md" className="app-background">
    <Stack w="100%" maw={460} gap="lg">
      <Stack align="center" gap={6}>
        <BrandMark size={44} />
      </Stack>
      <Paper p="xl" shadow="sm">
        {children}
      </Paper>
    </Stack>
  </Center>
);

const LinkProblem = ({ error }: { error: unknown }) => {
  const title =
    error instanceof ApiError ? (LINK_PROBLEMS[error.code] ?? 'Not available') : 'Not available';
  return (
    <Stack>
      <Alert color="orange" variant="light" role="alert" title={title}>
        {messageOf(error)}
      </Alert>
      <Button component={Link} to="/sign-in" variant="default">
        Go to sign-in
      </Button>
    </Stack>
  );
};

const useAccept = (onAccepted: (organizationId: string, me: Me) => void) =>
  useMutation({
    mutationFn: (body: AcceptBody) => unwrap(api.POST('/api/v1/invitations/accept', { body })),
    onSuccess: (accepted) => onAccepted(accepted.organizationId, accepted.me),
  });

interface AcceptFormProps {
  readonly token: string;
  readonly preview: Preview;
  readonly me: Me | null;
  readonly onAccepted: (organizationId: string, me: Me) => void;
}

/** A newcomer chooses a name and password; an existing account gives its password. */
const AcceptForm = ({ token, preview, me, onAccepted }: AcceptFormProps) => {
  const accept = useAccept(onAccepted);
  const form = useForm({ initialValues: { name: '', password: '' } });
  const [alert, setAlert] = useState<string | null>(null);
  const submit = form.onSubmit((values) => {
    setAlert(null);
    const body: AcceptBody = preview.hasAccount
      ? { token, password: values.password }
      : { token, name: values.name, password: values.password };
    accept.mutate(body, { onError: (error) => setAlert(applyApiError(form, error, LABELS)) });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={alert} />
        {accept.error instanceof ApiError &&
          accept.error.code === 'INVITATION_SIGN_IN_REQUIRED' && (
            // The account has two-step sign-in: sign in fully, then this link accepts in one click.
            <Button component={Link} to="/sign-in" variant="default">
              Go to sign-in
            </Button>
          )}
        {me && (
          <Text size="sm" c="dimmed">
            You are signed in as {me.user.email}; accepting signs you in as {preview.email} instead.
          </Text>
        )}
        {/* The address the password belongs to, for password managers. */}
        <input
          type="email"
          name="email"
          autoComplete="username"
          value={preview.email}
          readOnly
          hidden
        />
        {!preview.hasAccount && (
          <TextInput
            label={LABELS.name}
            autoComplete="name"
            data-autofocus
            {...form.getInputProps('name')}
          />
        )}
        <PasswordInput
          label={preview.hasAccount ? `Password of ${preview.email}` : 'Choose a password'}
          description={preview.hasAccount ? undefined : 'At least 12 characters'}
          autoComplete={preview.hasAccount ? 'current-password' : 'new-password'}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={accept.isPending} fullWidth>
          {preview.hasAccount ? 'Sign in and join' : `Join ${preview.organization.name}`}
        </Button>
      </Stack>
    </form>
  );
};

/** Signed in as the invited account: one click accepts. */
const AcceptAsSignedIn = ({ token, preview, onAccepted }: Omit<AcceptFormProps, 'me'>) => {
  const accept = useAccept(onAccepted);
  return (
    <Stack>
      {accept.isError && <FormAlert message={messageOf(accept.error)} />}
      <Button loading={accept.isPending} fullWidth onClick={() => accept.mutate({ token })}>
        Accept and join {preview.organization.name}
      </Button>
    </Stack>
  );
};

/** Signed in as someone else while the invitation is for an existing account. */
const OtherAccount = ({ me, preview }: { me: Me; preview: Preview }) => {
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSuccess: () => {
      queryClient.removeQueries();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
  return (
    <Stack>
      <Alert color="yellow" variant="light" title="Another account is signed in">
        This invitation is for {preview.email}, and you are signed in as {me.user.email}. Sign out
        to accept it with the invited account.
      </Alert>
      {signOut.isError && <FormAlert message={messageOf(signOut.error)} />}
      <Button loading={signOut.isPending} onClick={() => signOut.mutate()}>
        Sign out
      </Button>
    </Stack>
  );
};

const Offer = ({ preview }: { preview: Preview }) => (
  <Stack gap={6}>
    <Title order={1} fz={22}>
      Join {preview.organization.name}
    </Title>
    <Text size="sm">
      {preview.invitedBy} invited <strong>{preview.email}</strong> to join this{' '}
      {ORG_KIND_LABELS[preview.organization.kind].toLowerCase()} in AIMS Workbench as{' '}
      <strong>{ROLE_LABELS[preview.role]}</strong>.
    </Text>
    <Text size="xs" c="dimmed">
      The link works until {formatDateTime(preview.expiresAt)}.
    </Text>
  </Stack>
);

export const InvitationPage = () => {
  useDocumentTitle('Invitation · AIMS Workbench');
  const token = useLocation().hash.replace(/^#/, '');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(meQuery);
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.POST('/api/v1/invitations/lookup', { body: { token } })),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });

  const onAccepted = (organizationId: string, signedIn: Me) => {
    queryClient.removeQueries();
    queryClient.setQueryData(ME_KEY, signedIn);
    void navigate(`/orgs/${organizationId}`, { replace: true });
  };

  if (token === '') {
    return (
      <Frame>
        <LinkProblem
          error={
            new ApiError(
              404,
              'INVITATION_NOT_FOUND',
              'The link is incomplete: open it again from the invitation.',
            )
          }
        />
      </Frame>
    );
  }
  if (preview.isError) {
    return (
      <Frame>
        <LinkProblem error={preview.error} />
      </Frame>
    );
  }
  if (!preview.data || me.isPending) {
    return (
      <Frame>
        <Center role="status" aria-label="Loading">
          <Loader />
        </Center>
      </Frame>
    );
  }
  const offer = preview.data;
  const signedIn = me.data ?? null;
  const isInvitee = signedIn !== null && signedIn.user.email === offer.email;
  return (
    <Frame>
      <Stack gap="lg">
        <Offer preview={offer} />
        {isInvitee ? (
          <AcceptAsSignedIn token={token} preview={offer} onAccepted={onAccepted} />
        ) : signedIn && offer.hasAccount ? (
          <OtherAccount me={signedIn} preview={offer} />
        ) : (
          <AcceptForm token={token} preview={offer} me={signedIn} onAccepted={onAccepted} />
        )}
      </Stack>
    </Frame>
  );
};

/**
 * Sign in with email and password (and, for an account with two-step sign-in,
 * a code), then continue to the page the user asked for.
 */
import {
  Alert,
  Button,
  Center,
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
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, messageOf, unwrap } from '../api/client.js';
import type { Schemas } from '../api/client.js';
import { ME_KEY, meQuery } from '../auth/me-query.js';
import { safeNextPath } from '../auth/next-path.js';
import { BrandMark } from '../components/brand.js';
import { SecondStepForm } from './sign-in/second-step-form.js';
import type { SecondStepValues } from './sign-in/second-step-form.js';

type SignInAnswer = Schemas['Me'] | Schemas['SecondFactorChallenge'];

export const SignInPage = () => {
  useDocumentTitle('Sign in · AIMS Workbench');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useQuery(meQuery);
  const form = useForm({ initialValues: { email: '', password: '' } });
  const [challenge, setChallenge] = useState<string | null>(null);

  const signedIn = (me: Schemas['Me']) => {
    queryClient.removeQueries();
    queryClient.setQueryData(ME_KEY, me);
    void navigate(next, { replace: true });
  };

  const signIn = useMutation({
    mutationFn: (values: { email: string; password: string }): Promise<SignInAnswer> =>
      unwrap(api.POST('/api/v1/auth/login', { body: values })),
    onSuccess: (answer) => {
      if ('challenge' in answer) setChallenge(answer.challenge);
      else signedIn(answer);
    },
  });

  const secondStep = useMutation({
    mutationFn: (values: SecondStepValues & { challenge: string }) =>
      unwrap(api.POST('/api/v1/auth/login/second-factor', { body: values })),
    onSuccess: signedIn,
    onError: (error) => {
      // An expired or used challenge cannot be retried: back to the password.
      if (error instanceof ApiError && error.code === 'SECOND_FACTOR_CHALLENGE_INVALID') {
        setChallenge(null);
        signIn.reset();
      }
    },
  });

  if (me.data) return <Navigate to={next} replace />;

  return (
    <Center mih="100vh" p="md" className="app-background">
      <Stack w="100%" maw={420} gap="lg">
        <Stack align="center" gap={6}>
          <BrandMark size={44} />
          <Title order={1} fz={24} ta="center">
            Sign in to AIMS Workbench
          </Title>
          <Text c="dimmed" size="sm" ta="center">
            ISO/IEC 42001 AI management system and certification
          </Text>
        </Stack>
        <Paper p="xl" shadow="sm">
          {challenge !== null ? (
            <SecondStepForm
              error={secondStep.isError ? messageOf(secondStep.error) : null}
              isPending={secondStep.isPending}
              onSubmit={(values) => secondStep.mutate({ ...values, challenge })}
              onCancel={() => {
                setChallenge(null);
                secondStep.reset();
                form.reset();
              }}
            />
          ) : (
            <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
              <Stack>
                {signIn.isError && (
                  <Alert color="red" variant="light" role="alert" title="Sign-in failed">
                    {messageOf(signIn.error)}
                  </Alert>
                )}
                {secondStep.isError && !signIn.isError && (
                  <Alert color="yellow" variant="light" role="alert" title="Sign in again">
                    {messageOf(secondStep.error)}
                  </Alert>
                )}
                <TextInput
                  label="Email"
                  type="email"
                  autoComplete="username"
                  required
                  withAsterisk={false}
                  autoFocus
                  {...form.getInputProps('email')}
                />
                <PasswordInput
                  label="Password"
                  autoComplete="current-password"
                  required
                  withAsterisk={false}
                  {...form.getInputProps('password')}
                />
                <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
                  Sign in
                </Button>
              </Stack>
            </form>
          )}
        </Paper>
      </Stack>
    </Center>
  );
};

/** Sign in with email and password, then continue to the page the user asked for. */
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
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, messageOf, unwrap } from '../api/client.js';
import { ME_KEY, meQuery } from '../auth/me-query.js';
import { safeNextPath } from '../auth/next-path.js';
import { BrandMark } from '../components/brand.js';

export const SignInPage = () => {
  useDocumentTitle('Sign in · AIMS Workbench');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useQuery(meQuery);
  const form = useForm({ initialValues: { email: '', password: '' } });

  const signIn = useMutation({
    mutationFn: (values: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/login', { body: values })),
    onSuccess: (signedIn) => {
      queryClient.removeQueries();
      queryClient.setQueryData(ME_KEY, signedIn);
      void navigate(next, { replace: true });
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
          <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
            <Stack>
              {signIn.isError && (
                <Alert color="red" variant="light" role="alert" title="Sign-in failed">
                  {messageOf(signIn.error)}
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
        </Paper>
      </Stack>
    </Center>
  );
};

/** The signed-in user's own account: profile, password and API tokens. */
import { Stack } from '@mantine/core';
import { PageHeader } from '../components/page-header.js';
import { ApiTokens } from './account/api-tokens.js';
import { ChangePasswordForm } from './account/change-password-form.js';
import { NotificationPreferencesCard } from './account/notification-preferences.js';
import { ProfileCard } from './account/profile-card.js';

export const AccountPage = () => (
  <>
    <PageHeader title="Account" description="Your profile, your password and your API tokens." />
    <Stack gap="lg">
      <ProfileCard />
      <ChangePasswordForm />
      <NotificationPreferencesCard />
      <ApiTokens />
    </Stack>
  </>
);

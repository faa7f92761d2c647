/** The signed-in user's own account: profile, password, two-step sign-in and API tokens. */
import { Stack } from '@mantine/core';
import { PageHeader } from '../components/page-header.js';
import { ApiTokens } from './account/api-tokens.js';
import { ChangePasswordForm } from './account/change-password-form.js';
import { NotificationPreferencesCard } from './account/notification-preferences.js';
import { ProfileCard } from './account/profile-card.js';
import { TwoStepSignIn } from './account/two-step-sign-in.js';

export const AccountPage = () => (
  <>
    <PageHeader
      title="Account"
      description="Your profile, your password, two-step sign-in and your API tokens."
    />
    <Stack gap="lg">
      <ProfileCard />
      <ChangePasswordForm />
      <TwoStepSignIn />
      <NotificationPreferencesCard />
      <ApiTokens />
    </Stack>
  </>
);

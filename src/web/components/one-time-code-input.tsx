import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';

/** The six-digit code field of an authenticator app, as browsers and password managers know it. */
export const OneTimeCodeInput = (props: TextInputProps) => (
  <TextInput inputMode="numeric" autoComplete="one-time-code" maxLength={7} {...props} />
);

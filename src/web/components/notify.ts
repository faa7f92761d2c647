/** Short confirmations and failures, announced politely to screen readers. */
import { notifications } from '@mantine/notifications';
import { messageOf } from '../api/client.js';

const closeButtonProps = { 'aria-label': 'Dismiss notification' };

export const notifySuccess = (message: string) =>
  notifications.show({ color: 'teal', title: 'Done', message, autoClose: 4000, closeButtonProps });

export const notifyFailure = (title: string, error: unknown) =>
  notifications.show({
    color: 'red',
    title,
    message: messageOf(error),
    autoClose: 8000,
    closeButtonProps,
  });

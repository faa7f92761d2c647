/** Short confirmations and failures, announced politely to screen readers. */
import { notifications } from '@mantine/notifications';
import { messageOf } from '../api/client.js';

export const notifySuccess = (message: string) =>
  notifications.show({ color: 'teal', title: 'Done', message, autoClose: 4000 });

export const notifyFailure = (title: string, error: unknown) =>
  notifications.show({ color: 'red', title, message: messageOf(error), autoClose: 8000 });

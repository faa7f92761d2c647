/** The e-mail that carries a notification: a subject, plain text and simple HTML. */
import type { Notification } from './notification.js';
import { describeItem } from './reminders.js';

export interface MailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

const absolute = (publicUrl: string, link: string): string =>
  `${publicUrl.replace(/\/+$/, '')}${link}`;

/** Renders a notification for `organizationName`, with links under `publicUrl`. */
export const renderNotificationMail = (
  notification: Pick<Notification, 'organizationId' | 'text' | 'items'>,
  organizationName: string,
  publicUrl: string,
): MailContent => {
  const subject = `[AIMS Workbench] ${organizationName}: ${notification.text}`;
  const inbox = absolute(publicUrl, `/orgs/${notification.organizationId}/notifications`);
  const lines = notification.items.map(
    (item) => `- ${describeItem(item)}\n  ${absolute(publicUrl, item.link)}`,
  );
  const text = [
    `${notification.text}`,
    '',
    ...lines,
    '',
    `Open your notifications: ${inbox}`,
    'You receive this because e-mail is on for these reminders in your account settings.',
    '',
  ].join('\n');
  const listItems = notification.items
    .map(
      (item) =>
        `<li><a href="${escapeHtml(absolute(publicUrl, item.link))}">${escapeHtml(describeItem(item))}</a></li>`,
    )
    .join('');
  const html =
    `<p>${escapeHtml(notification.text)}</p><ul>${listItems}</ul>` +
    `<p><a href="${escapeHtml(inbox)}">Open your notifications</a></p>` +
    '<p>You receive this because e-mail is on for these reminders in your account settings.</p>';
  return { subject, text, html };
};

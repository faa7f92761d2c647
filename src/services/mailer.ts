/**
 * Outgoing e-mail: nodemailer over SMTP when SMTP_URL is set, and nothing at
 * all otherwise (the settings page says so). Messages carry plain text and
 * simple HTML.
 */
import nodemailer from 'nodemailer';
import type { MailContent } from '../domain/notification/mail.js';

export interface MailSettings {
  /** smtp://user:password@host:port or smtps://… */
  readonly smtpUrl: string;
  /** The sender address: "AIMS Workbench <aims@example.org>". */
  readonly from: string;
}

export interface Mailer {
  readonly isConfigured: boolean;
  /** The sender address, when configured (for the settings page). */
  readonly from: string | null;
  send(to: string, content: MailContent): Promise<void>;
  close(): void;
}

export const DEFAULT_MAIL_FROM = 'AIMS Workbench <aims@localhost>';

/** Sends nothing: e-mail is not configured. */
export const disabledMailer: Mailer = {
  isConfigured: false,
  from: null,
  send: () => Promise.resolve(),
  close: () => undefined,
};

export const createSmtpMailer = (settings: MailSettings): Mailer => {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    isConfigured: true,
    from: settings.from,
    async send(to, content) {
      await transport.sendMail({ from: settings.from, to, ...content });
    },
    close: () => transport.close(),
  };
};

/** The mailer for the configuration given: SMTP when a URL is set, else none. */
export const mailerFor = (settings: MailSettings | null): Mailer =>
  settings ? createSmtpMailer(settings) : disabledMailer;

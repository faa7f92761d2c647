/** How reminders and notification e-mail behave; from the environment (config.ts). */
import { DEFAULT_REMINDER_SETTINGS } from '../domain/notification/reminders.js';
import type { ReminderSettings } from '../domain/notification/reminders.js';

export interface NotificationSettings {
  readonly reminders: ReminderSettings;
  /** Where people reach the web app, for links in e-mail: https://aims.example.org */
  readonly publicUrl: string;
  /** When the daily jobs (document reviews) run, HH:MM UTC. */
  readonly dailyAtUtc: string;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  reminders: DEFAULT_REMINDER_SETTINGS,
  publicUrl: 'http://localhost:3000',
  dailyAtUtc: '06:00',
};

/** The settings in force: the configured ones, else the defaults. */
export const settingsOf = (deps: { readonly notifications?: NotificationSettings }) =>
  deps.notifications ?? DEFAULT_NOTIFICATION_SETTINGS;

/**
 * What every use case needs: the database, a clock, an id generator and the
 * password hasher; and who is acting. Services are the only writers: each
 * write runs authorize → validate → rule → persist → audit entry in one
 * transaction.
 */
import type { Clock, IdGenerator } from '../domain/clock.js';
import type { Database, Executor } from '../storage/database.js';
import type { Transaction } from 'kysely';
import type { DB } from '../storage/schema.js';
import type { FileStore } from '../storage/file-store.js';
import type { OrganizationOfRequest } from '../storage/credential.repository.js';
import type { AuditKey } from './audit-key.js';
import type { PasswordHasher } from './password-hasher.js';
import type { Mailer } from './mailer.js';
import type { NotificationSettings } from './notification-settings.js';
import type { EvidenceSettings } from './evidence-settings.js';

export interface ServiceDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly passwords: PasswordHasher;
  /** Keys the audit trail's hashes and signs its checkpoints (services/audit-key.ts). */
  readonly auditKey: AuditKey;
  /** Where uploaded files go; the runtime always sets it (see services/file.service.ts for the fallback). */
  readonly files?: FileStore;
  /** Outgoing e-mail; none is sent when absent (see services/mailer.ts). */
  readonly mailer?: Mailer;
  /** Reminder days, the public address for links, the daily jobs' time; defaults when absent. */
  readonly notifications?: NotificationSettings;
  /** Evidence upload limits and the expiring window; defaults when absent. */
  readonly evidence?: EvidenceSettings;
  /** false: every register page is read afresh (services/registers/page-cache.ts); default true. */
  readonly keepPages?: boolean;
}

/** A signed-in person (by session or API token), or the operator at the command line. */
export type Actor =
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly email: string;
      readonly sessionId: string | null;
      readonly apiTokenId: string | null;
      /** The session or API token was opened with a second factor (docs/security.md). */
      readonly secondFactor: boolean;
      /**
       * The organization in the request's URL and the caller's roles there,
       * read with the credentials as the request began; reads outside a
       * transaction use it instead of asking again (services/authorization.ts).
       */
      readonly inOrganization?: OrganizationOfRequest;
    }
  | { readonly kind: 'system'; readonly label: string };

export const actorLabel = (actor: Actor): string =>
  actor.kind === 'user' ? actor.email : `system:${actor.label}`;

export const actorUserId = (actor: Actor): string | null =>
  actor.kind === 'user' ? actor.userId : null;

export const now = (deps: ServiceDeps): string => deps.clock.now().toISOString();

/** Runs the work in one write transaction of the configured database. */
export const inTransaction = <T>(
  deps: ServiceDeps,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> => deps.database.db.transaction().execute(work);

export const reader = (deps: ServiceDeps): Executor => deps.database.db;

/** How evidence uploads and freshness behave; from the environment (config.ts). */
import { DEFAULT_ALLOWED_FILE_TYPES } from '../domain/evidence/file-type.js';
import type { FileTypeId } from '../domain/evidence/file-type.js';
import { DEFAULT_EXPIRING_DAYS } from '../domain/evidence/freshness.js';

export interface EvidenceSettings {
  /** Largest evidence file, in bytes. */
  readonly maxBytes: number;
  /** The file types (told by content) an upload may have. */
  readonly allowedTypes: readonly FileTypeId[];
  /** Days before its valid-until date from which evidence counts as expiring. */
  readonly expiringDays: number;
}

/** 200 MiB. */
export const DEFAULT_EVIDENCE_MAX_BYTES = 200 * 1024 * 1024;

export const DEFAULT_EVIDENCE_SETTINGS: EvidenceSettings = {
  maxBytes: DEFAULT_EVIDENCE_MAX_BYTES,
  allowedTypes: DEFAULT_ALLOWED_FILE_TYPES,
  expiringDays: DEFAULT_EXPIRING_DAYS,
};

/** The settings in force: the configured ones, else the defaults. */
export const evidenceSettingsOf = (deps: { readonly evidence?: EvidenceSettings }) =>
  deps.evidence ?? DEFAULT_EVIDENCE_SETTINGS;

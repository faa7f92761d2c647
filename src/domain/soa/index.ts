/**
 * The Statement of Applicability (ISO/IEC 42001 6.1.3 d, term 3.26): its
 * entries and their rules, the links derived from risk treatment and impact
 * assessment, the snapshot and comparison, and its approved versions.
 */
export * from './soa-entry.js';
export * from './soa-links.js';
export * from './soa-snapshot.js';
export * from './soa-version.js';

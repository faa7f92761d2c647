/**
 * Evidence items, their versions and their links (ISO/IEC 42001 clause 7.5;
 * Annex A controls). The item row keeps its current version's evidence date
 * and valid-until date, so lists filter by freshness and the daily sweep
 * reads one table; links are rows of their own, so "the evidence of control
 * A.6.2.4" is one indexed query. `evidenceByControl` is what the Statement
 * of Applicability reads.
 */
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { ControlId } from '../domain/catalog/index.js';
import { CONTROL_IDS } from '../domain/catalog/index.js';
import type {
  ControlEvidence,
  Evidence,
  EvidenceKind,
  EvidenceLinks,
  EvidenceVersion,
  LinkField,
} from '../domain/evidence/evidence.js';
import { LINK_FIELDS, NO_LINKS } from '../domain/evidence/evidence.js';
import type { FileTypeId } from '../domain/evidence/file-type.js';
import type { SoaEvidenceCounts } from '../domain/soa/index.js';
import {
  DEFAULT_EXPIRING_DAYS,
  freshnessBounds,
  freshnessOf,
} from '../domain/evidence/freshness.js';
import type { EvidenceFreshness } from '../domain/evidence/freshness.js';
import type { Executor } from './database.js';
import { registerPage } from './register-page.js';
import type { SortedRegisterQuery } from './register-page.js';
import { registerRows } from './register-rows.js';
import type { EvidenceTable, EvidenceVersionTable } from './schema.js';
import { searchAny } from './sql-helpers.js';

/** The target type of each link field, as stored in evidence_link. */
export const LINK_TARGETS: Readonly<Record<LinkField, string>> = {
  clauseIds: 'clause',
  controlIds: 'annex_a_control',
  organizationControlIds: 'organization_control',
  riskIds: 'risk',
  documentIds: 'document',
};

const FIELD_OF_TARGET = new Map(LINK_FIELDS.map((field) => [LINK_TARGETS[field], field] as const));

export const EVIDENCE_SORT_FIELDS = ['title', 'evidenceDate', 'validUntil', 'updatedAt'] as const;
export type EvidenceSortField = (typeof EVIDENCE_SORT_FIELDS)[number];

/** An item as stored, before its links are joined. */
export type StoredEvidence = Omit<Evidence, 'links'>;

const toEvidence = (row: EvidenceTable): StoredEvidence => ({
  id: row.id,
  organizationId: row.organization_id,
  title: row.title,
  description: row.description,
  kind: row.kind as EvidenceKind,
  ownerUserId: row.owner_user_id,
  reviewFrequencyMonths:
    row.review_frequency_months === null ? null : Number(row.review_frequency_months),
  currentVersion: Number(row.current_version),
  evidenceDate: row.evidence_date,
  validUntil: row.valid_until,
  sweptFreshness: row.swept_freshness as EvidenceFreshness | null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (item: StoredEvidence): EvidenceTable => ({
  id: item.id,
  organization_id: item.organizationId,
  title: item.title,
  description: item.description,
  kind: item.kind,
  owner_user_id: item.ownerUserId,
  review_frequency_months: item.reviewFrequencyMonths,
  current_version: item.currentVersion,
  evidence_date: item.evidenceDate,
  valid_until: item.validUntil,
  swept_freshness: item.sweptFreshness,
  created_at: item.createdAt,
  updated_at: item.updatedAt,
});

const rows = registerRows('evidence', toRow, toEvidence);
export const findStoredEvidence = rows.find;
export const insertEvidence = rows.insert;
/** The dates every link of the item carries: its own, so counts by freshness read links alone. */
const syncLinkDates = async (
  db: Executor,
  item: Pick<Evidence, 'id' | 'validUntil' | 'evidenceDate'>,
) => {
  await db
    .updateTable('evidence_link')
    .set({ valid_until: item.validUntil, evidence_date: item.evidenceDate })
    .where('evidence_id', '=', item.id)
    .execute();
};

export const updateEvidence = async (db: Executor, item: Omit<Evidence, 'links'>) => {
  await rows.update(db, item);
  await syncLinkDates(db, item);
};

const toVersion = (row: EvidenceVersionTable): EvidenceVersion => ({
  id: row.id,
  evidenceId: row.evidence_id,
  organizationId: row.organization_id,
  version: Number(row.version),
  file:
    row.file_sha256 === null
      ? null
      : {
          sha256: row.file_sha256,
          size: Number(row.file_size ?? 0),
          fileType: (row.file_type ?? 'text') as FileTypeId,
          mediaType: row.file_media_type ?? 'application/octet-stream',
          name: row.file_name ?? 'file',
        },
  url: row.url,
  evidenceDate: row.evidence_date,
  givenValidUntil: row.given_valid_until,
  validUntil: row.valid_until,
  note: row.note,
  createdByUserId: row.created_by_user_id,
  createdAt: row.created_at,
});

export const insertEvidenceVersion = async (db: Executor, version: EvidenceVersion) => {
  await db
    .insertInto('evidence_version')
    .values({
      id: version.id,
      evidence_id: version.evidenceId,
      organization_id: version.organizationId,
      version: version.version,
      file_sha256: version.file?.sha256 ?? null,
      file_size: version.file?.size ?? null,
      file_type: version.file?.fileType ?? null,
      file_media_type: version.file?.mediaType ?? null,
      file_name: version.file?.name ?? null,
      url: version.url,
      evidence_date: version.evidenceDate,
      given_valid_until: version.givenValidUntil,
      valid_until: version.validUntil,
      note: version.note,
      created_by_user_id: version.createdByUserId,
      created_at: version.createdAt,
    })
    .execute();
};

/** Changes the dates of a version (when the item's review frequency changes). */
export const updateEvidenceVersionValidUntil = async (
  db: Executor,
  version: Pick<EvidenceVersion, 'id' | 'organizationId' | 'validUntil'>,
) => {
  await db
    .updateTable('evidence_version')
    .set({ valid_until: version.validUntil })
    .where('organization_id', '=', version.organizationId)
    .where('id', '=', version.id)
    .execute();
};

/** Every version of an item, newest first. */
export const listEvidenceVersions = async (
  db: Executor,
  organizationId: string,
  evidenceId: string,
): Promise<EvidenceVersion[]> =>
  (
    await db
      .selectFrom('evidence_version')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('evidence_id', '=', evidenceId)
      .orderBy('version', 'desc')
      .execute()
  ).map(toVersion);

/** The current version of each item named, by item id. */
export const currentEvidenceVersions = async (
  db: Executor,
  organizationId: string,
  evidenceIds: readonly string[],
): Promise<Map<string, EvidenceVersion>> => {
  if (evidenceIds.length === 0) return new Map();
  const found = await db
    .selectFrom('evidence_version')
    .innerJoin('evidence', (join) =>
      join
        .onRef('evidence.id', '=', 'evidence_version.evidence_id')
        .onRef('evidence.current_version', '=', 'evidence_version.version'),
    )
    .selectAll('evidence_version')
    .where('evidence_version.organization_id', '=', organizationId)
    .where('evidence_version.evidence_id', 'in', [...evidenceIds])
    .execute();
  return new Map(found.map((row) => [row.evidence_id, toVersion(row)]));
};

/** The links of each item named, by item id (items without links get none). */
export const evidenceLinksOf = async (
  db: Executor,
  organizationId: string,
  evidenceIds: readonly string[],
): Promise<Map<string, EvidenceLinks>> => {
  const links = new Map<string, Record<LinkField, string[]>>();
  if (evidenceIds.length === 0) return new Map();
  const found = await db
    .selectFrom('evidence_link')
    .select(['evidence_id', 'target_type', 'target_id'])
    .where('organization_id', '=', organizationId)
    .where('evidence_id', 'in', [...evidenceIds])
    .orderBy('target_id')
    .execute();
  for (const row of found) {
    const field = FIELD_OF_TARGET.get(row.target_type);
    if (!field) continue;
    const entry = links.get(row.evidence_id) ?? {
      clauseIds: [],
      controlIds: [],
      organizationControlIds: [],
      riskIds: [],
      documentIds: [],
    };
    entry[field].push(row.target_id);
    links.set(row.evidence_id, entry);
  }
  return new Map(
    evidenceIds.map((id) => [id, (links.get(id) as EvidenceLinks | undefined) ?? NO_LINKS]),
  );
};

/** Replaces an item's links with those given. */
export const replaceEvidenceLinks = async (
  db: Executor,
  item: Pick<Evidence, 'id' | 'organizationId' | 'validUntil' | 'evidenceDate'>,
  links: EvidenceLinks,
) => {
  await db.deleteFrom('evidence_link').where('evidence_id', '=', item.id).execute();
  const values = LINK_FIELDS.flatMap((field) =>
    links[field].map((targetId) => ({
      evidence_id: item.id,
      organization_id: item.organizationId,
      target_type: LINK_TARGETS[field],
      target_id: targetId,
      valid_until: item.validUntil,
      evidence_date: item.evidenceDate,
    })),
  );
  for (let start = 0; start < values.length; start += 200)
    await db
      .insertInto('evidence_link')
      .values(values.slice(start, start + 200))
      .execute();
};

export interface EvidenceQuery extends SortedRegisterQuery<EvidenceSortField> {
  /** An Annex A control id (A.6.2.4) or an organization control's id. */
  readonly controlId?: string;
  readonly freshness?: EvidenceFreshness;
  readonly ownerUserId?: string;
  readonly kind?: EvidenceKind;
  /** YYYY-MM-DD the freshness filter judges by. */
  readonly today: string;
  readonly expiringDays?: number;
}

const sortKeys = (sort: EvidenceSortField) => {
  switch (sort) {
    case 'title':
      return [sql`lower(title)`];
    case 'evidenceDate':
      return [sql`evidence_date`];
    case 'validUntil':
      return [sql`coalesce(valid_until, '9999-12-31')`];
    case 'updatedAt':
      return [sql`updated_at`];
  }
};

/** One page of an organization's evidence items and the total that match the filters. */
export const listEvidence = async (
  db: Executor,
  query: EvidenceQuery,
): Promise<{ items: StoredEvidence[]; total: number }> => {
  let base = db.selectFrom('evidence').where('organization_id', '=', query.organizationId);
  if (query.ownerUserId) base = base.where('owner_user_id', '=', query.ownerUserId);
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.controlId) {
    const controlId = query.controlId;
    base = base.where('id', 'in', (eb) =>
      eb
        .selectFrom('evidence_link')
        .select('evidence_link.evidence_id')
        .where('evidence_link.organization_id', '=', query.organizationId)
        .where('evidence_link.target_type', 'in', ['annex_a_control', 'organization_control'])
        .where('evidence_link.target_id', '=', controlId),
    );
  }
  if (query.freshness) {
    const bounds = freshnessBounds(query.today, query.expiringDays ?? DEFAULT_EXPIRING_DAYS);
    switch (query.freshness) {
      case 'no_expiry':
        base = base.where('valid_until', 'is', null);
        break;
      case 'expired':
        base = base.where('valid_until', '<', bounds.expiredBefore);
        break;
      case 'expiring':
        base = base
          .where('valid_until', '>=', bounds.expiredBefore)
          .where('valid_until', '<=', bounds.expiringThrough);
        break;
      case 'fresh':
        base = base.where('valid_until', '>', bounds.expiringThrough);
        break;
    }
  }
  if (query.search)
    base = base.where(searchAny(['evidence.title', 'evidence.description'], query.search));
  return registerPage(
    base,
    (page) => {
      let ordered = page;
      for (const key of sortKeys(query.sort)) ordered = ordered.orderBy(key, query.direction);
      return ordered.orderBy('id', query.direction);
    },
    query,
    toEvidence,
  );
};

export interface EvidenceByControl {
  /** Every Annex A control id, with its evidence (an empty list for none), by title. */
  readonly annexA: Readonly<Record<ControlId, readonly ControlEvidence[]>>;
  /** By organization_control id: only the controls that have evidence. */
  readonly organizationControls: Readonly<Record<string, readonly ControlEvidence[]>>;
}

/** One control whose evidence is asked for: an Annex A control id, or an organization_control id. */
export type ControlTarget =
  { readonly annexAControlId: string } | { readonly organizationControlId: string };

/**
 * For each Annex A control and each organization control of the
 * organization — or only the one control given — its evidence with the
 * current version's dates, SHA-256 and freshness on `today` (YYYY-MM-DD),
 * in one query.
 */
export const evidenceByControl = async (
  db: Executor,
  organizationId: string,
  today: string,
  expiringDays: number = DEFAULT_EXPIRING_DAYS,
  only?: ControlTarget,
): Promise<EvidenceByControl> => {
  let query = db
    .selectFrom('evidence_link')
    .innerJoin('evidence', 'evidence.id', 'evidence_link.evidence_id')
    .innerJoin('evidence_version', (join) =>
      join
        .onRef('evidence_version.evidence_id', '=', 'evidence.id')
        .onRef('evidence_version.version', '=', 'evidence.current_version'),
    )
    .select([
      'evidence_link.target_type',
      'evidence_link.target_id',
      'evidence.id',
      'evidence.title',
      'evidence.kind',
      'evidence.current_version',
      'evidence.evidence_date',
      'evidence.valid_until',
      'evidence_version.file_sha256',
      'evidence_version.url',
    ])
    .where('evidence_link.organization_id', '=', organizationId);
  query =
    only === undefined
      ? query.where('evidence_link.target_type', 'in', ['annex_a_control', 'organization_control'])
      : 'annexAControlId' in only
        ? query
            .where('evidence_link.target_type', '=', 'annex_a_control')
            .where('evidence_link.target_id', '=', only.annexAControlId)
        : query
            .where('evidence_link.target_type', '=', 'organization_control')
            .where('evidence_link.target_id', '=', only.organizationControlId);
  const found = await query.orderBy('evidence.title').orderBy('evidence.id').execute();
  const annexA = Object.fromEntries(
    CONTROL_IDS.map((id) => [id, [] as ControlEvidence[]]),
  ) as Record<ControlId, ControlEvidence[]>;
  const organizationControls: Record<string, ControlEvidence[]> = {};
  for (const row of found) {
    const item: ControlEvidence = {
      evidenceId: row.id,
      title: row.title,
      kind: row.kind as EvidenceKind,
      version: Number(row.current_version),
      evidenceDate: row.evidence_date,
      validUntil: row.valid_until,
      sha256: row.file_sha256,
      url: row.url,
      freshness: freshnessOf(row.valid_until, today, expiringDays),
    };
    if (row.target_type === 'annex_a_control') {
      annexA[row.target_id as ControlId]?.push(item);
    } else {
      (organizationControls[row.target_id] ??= []).push(item);
    }
  }
  return { annexA, organizationControls };
};

/**
 * Aggregate columns counting rows by the freshness of a valid-until column
 * on `today`: `fresh`, `expiring`, `expired` and `no_expiry`, with the same
 * bounds as everywhere else (freshness.ts).
 */
export const freshnessCountColumns = (column: string, today: string, expiringDays: number) => {
  const { expiredBefore, expiringThrough } = freshnessBounds(today, expiringDays);
  const ref = sql.ref(column);
  const count = (condition: RawBuilder<unknown>) =>
    sql<number | null>`sum(case when ${condition} then 1 else 0 end)`;
  return [
    count(sql`${ref} > ${expiringThrough}`).as('fresh'),
    count(sql`${ref} >= ${expiredBefore} and ${ref} <= ${expiringThrough}`).as('expiring'),
    count(sql`${ref} < ${expiredBefore}`).as('expired'),
    count(sql`${ref} is null`).as('no_expiry'),
  ] as const;
};

/** The counts those columns give, as numbers (the drivers return sums as text or null). */
export const freshnessCountsOf = (row: {
  readonly fresh: number | string | null;
  readonly expiring: number | string | null;
  readonly expired: number | string | null;
  readonly no_expiry: number | string | null;
}): Record<EvidenceFreshness, number> => ({
  fresh: Number(row.fresh ?? 0),
  expiring: Number(row.expiring ?? 0),
  expired: Number(row.expired ?? 0),
  no_expiry: Number(row.no_expiry ?? 0),
});

/** A control's evidence counted: per Annex A control id, and per organization_control id. */
export interface EvidenceCountsByControl {
  readonly annexA: ReadonlyMap<string, SoaEvidenceCounts>;
  readonly organizationControls: ReadonlyMap<string, SoaEvidenceCounts>;
}

/**
 * Each control's evidence counted by freshness on `today`, with its newest
 * evidence date, in one grouped query: what the SoA's table shows without
 * reading every item.
 */
export const evidenceCountsByControl = async (
  db: Executor,
  organizationId: string,
  today: string,
  expiringDays: number = DEFAULT_EXPIRING_DAYS,
): Promise<EvidenceCountsByControl> => {
  const found = await db
    .selectFrom('evidence_link')
    .select((eb) => [
      'target_type',
      'target_id',
      eb.fn.countAll<number>().as('items'),
      ...freshnessCountColumns('valid_until', today, expiringDays),
      eb.fn.max('evidence_date').as('latest'),
    ])
    .where('organization_id', '=', organizationId)
    .where('target_type', 'in', ['annex_a_control', 'organization_control'])
    .groupBy(['target_type', 'target_id'])
    .execute();
  const annexA = new Map<string, SoaEvidenceCounts>();
  const organizationControls = new Map<string, SoaEvidenceCounts>();
  for (const row of found) {
    const counts: SoaEvidenceCounts = {
      evidence: Number(row.items),
      evidenceByFreshness: freshnessCountsOf(row),
      latestEvidenceDate: row.latest ?? null,
    };
    (row.target_type === 'annex_a_control' ? annexA : organizationControls).set(
      row.target_id,
      counts,
    );
  }
  return { annexA, organizationControls };
};

/** An item the daily sweep judges: across every organization, with its owner if still a member. */
export interface SweepableEvidence {
  readonly id: string;
  readonly organizationId: string;
  readonly title: string;
  readonly validUntil: string | null;
  readonly sweptFreshness: EvidenceFreshness | null;
  /** The owner when they are still a member of the organization. */
  readonly ownerUserId: string | null;
}

export const listSweepableEvidence = async (db: Executor): Promise<SweepableEvidence[]> => {
  const found = await db
    .selectFrom('evidence')
    .leftJoin('membership', (join) =>
      join
        .onRef('membership.organization_id', '=', 'evidence.organization_id')
        .onRef('membership.user_id', '=', 'evidence.owner_user_id'),
    )
    .select([
      'evidence.id',
      'evidence.organization_id',
      'evidence.title',
      'evidence.valid_until',
      'evidence.swept_freshness',
      'membership.user_id as member_user_id',
    ])
    .distinct()
    .orderBy('evidence.id')
    .execute();
  return found.map((row) => ({
    id: row.id,
    organizationId: row.organization_id,
    title: row.title,
    validUntil: row.valid_until,
    sweptFreshness: row.swept_freshness as EvidenceFreshness | null,
    ownerUserId: row.member_user_id ?? null,
  }));
};

/** Records the freshness the sweep found (updated_at is left: the item itself did not change). */
/** Records the freshness the sweep found on items of one organization, in one statement. */
export const markSweptFreshness = async (
  db: Executor,
  organizationId: string,
  evidenceIds: readonly string[],
  freshness: EvidenceFreshness,
) => {
  if (evidenceIds.length === 0) return;
  await db
    .updateTable('evidence')
    .set({ swept_freshness: freshness })
    .where('organization_id', '=', organizationId)
    .where('id', 'in', evidenceIds)
    .execute();
};

/** Those of the ids given that name a record of the kind in the organization. */
export const existingTargets = async (
  db: Executor,
  organizationId: string,
  field: 'organizationControlIds' | 'riskIds' | 'documentIds',
  ids: readonly string[],
): Promise<Set<string>> => {
  if (ids.length === 0) return new Set();
  const table =
    field === 'organizationControlIds'
      ? ('organization_control' as const)
      : field === 'riskIds'
        ? ('risk' as const)
        : ('document' as const);
  const found = await db
    .selectFrom(table)
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(found.map((row) => row.id));
};

/** A stored file some record references, for verification. */
export interface ReferencedFile {
  readonly source: 'document' | 'evidence';
  readonly organizationId: string;
  readonly recordId: string;
  readonly title: string;
  readonly version: number;
  readonly sha256: string;
  readonly fileName: string;
}

/** Every version of a document or an evidence item that references a stored file. */
export const listReferencedFiles = async (db: Executor): Promise<ReferencedFile[]> => {
  const documents = await db
    .selectFrom('document_version')
    .innerJoin('document', 'document.id', 'document_version.document_id')
    .select([
      'document.organization_id',
      'document.id',
      'document.title',
      'document_version.version',
      'document_version.file_sha256',
      'document_version.file_name',
    ])
    .where('document_version.file_sha256', 'is not', null)
    .orderBy('document.id')
    .orderBy('document_version.version')
    .execute();
  const evidence = await db
    .selectFrom('evidence_version')
    .innerJoin('evidence', 'evidence.id', 'evidence_version.evidence_id')
    .select([
      'evidence.organization_id',
      'evidence.id',
      'evidence.title',
      'evidence_version.version',
      'evidence_version.file_sha256',
      'evidence_version.file_name',
    ])
    .where('evidence_version.file_sha256', 'is not', null)
    .orderBy('evidence.id')
    .orderBy('evidence_version.version')
    .execute();
  return [
    ...documents.map((row) => ({
      source: 'document' as const,
      organizationId: row.organization_id,
      recordId: row.id,
      title: row.title,
      version: Number(row.version),
      sha256: row.file_sha256 ?? '',
      fileName: row.file_name ?? 'file',
    })),
    ...evidence.map((row) => ({
      source: 'evidence' as const,
      organizationId: row.organization_id,
      recordId: row.id,
      title: row.title,
      version: Number(row.version),
      sha256: row.file_sha256 ?? '',
      fileName: row.file_name ?? 'file',
    })),
  ];
};

/** One line of the evidence index: a control (or none) and one piece of its evidence. */
export interface EvidenceIndexRow {
  /** An Annex A control id, an organization control's reference, or null for evidence linked to no control. */
  readonly control: string | null;
  readonly controlTitle: string | null;
  readonly evidenceId: string;
  readonly title: string;
  readonly kind: EvidenceKind;
  readonly version: number;
  readonly sha256: string | null;
  readonly url: string | null;
  readonly evidenceDate: string;
  readonly validUntil: string | null;
  readonly ownerUserId: string | null;
}

/** Every piece of evidence of the organization under each control it supports, in one query. */
export const evidenceIndexRows = async (
  db: Executor,
  organizationId: string,
): Promise<EvidenceIndexRow[]> => {
  const found = await db
    .selectFrom('evidence')
    .innerJoin('evidence_version', (join) =>
      join
        .onRef('evidence_version.evidence_id', '=', 'evidence.id')
        .onRef('evidence_version.version', '=', 'evidence.current_version'),
    )
    .leftJoin('evidence_link', (join) =>
      join
        .onRef('evidence_link.evidence_id', '=', 'evidence.id')
        .on('evidence_link.target_type', 'in', ['annex_a_control', 'organization_control']),
    )
    .leftJoin('organization_control', (join) =>
      join
        .onRef('organization_control.id', '=', 'evidence_link.target_id')
        .on('evidence_link.target_type', '=', 'organization_control'),
    )
    .select([
      'evidence_link.target_type',
      'evidence_link.target_id',
      'organization_control.reference',
      'organization_control.title as control_title',
      'evidence.id',
      'evidence.title',
      'evidence.kind',
      'evidence.current_version',
      'evidence.evidence_date',
      'evidence.valid_until',
      'evidence.owner_user_id',
      'evidence_version.file_sha256',
      'evidence_version.url',
    ])
    .where('evidence.organization_id', '=', organizationId)
    .execute();
  return found.map((row) => ({
    control:
      row.target_type === 'annex_a_control'
        ? (row.target_id ?? null)
        : row.target_type === 'organization_control'
          ? (row.reference ?? row.target_id ?? null)
          : null,
    controlTitle: row.target_type === 'organization_control' ? (row.control_title ?? null) : null,
    evidenceId: row.id,
    title: row.title,
    kind: row.kind as EvidenceKind,
    version: Number(row.current_version),
    sha256: row.file_sha256,
    url: row.url,
    evidenceDate: row.evidence_date,
    validUntil: row.valid_until,
    ownerUserId: row.owner_user_id,
  }));
};

/** The names of the records an item links: organization controls, risks and documents. */
export const linkedRecordLabels = async (
  db: Executor,
  organizationId: string,
  links: EvidenceLinks,
): Promise<{
  organizationControls: { id: string; label: string }[];
  risks: { id: string; label: string }[];
  documents: { id: string; label: string }[];
}> => {
  const controls =
    links.organizationControlIds.length === 0
      ? []
      : await db
          .selectFrom('organization_control')
          .select(['id', 'reference', 'title'])
          .where('organization_id', '=', organizationId)
          .where('id', 'in', [...links.organizationControlIds])
          .orderBy('reference_sort_key')
          .execute();
  const risks =
    links.riskIds.length === 0
      ? []
      : await db
          .selectFrom('risk')
          .select(['id', 'statement'])
          .where('organization_id', '=', organizationId)
          .where('id', 'in', [...links.riskIds])
          .orderBy('statement')
          .execute();
  const documents =
    links.documentIds.length === 0
      ? []
      : await db
          .selectFrom('document')
          .select(['id', 'title'])
          .where('organization_id', '=', organizationId)
          .where('id', 'in', [...links.documentIds])
          .orderBy('title')
          .execute();
  return {
    organizationControls: controls.map((row) => ({
      id: row.id,
      label: `${row.reference} ${row.title}`,
    })),
    risks: risks.map((row) => ({ id: row.id, label: row.statement })),
    documents: documents.map((row) => ({ id: row.id, label: row.title })),
  };
};

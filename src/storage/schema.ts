/**
 * Row types of every table, as both databases return them once the mappings in
 * database.ts apply: text ids (UUIDv7), ISO-8601 text timestamps, integer 0/1
 * booleans and JSON as text. Repositories turn rows into domain values.
 */
export interface OrganizationTable {
  id: string;
  name: string;
  kind: string;
  created_at: string;
  /** 0/1: members need a session (or token) opened with a second factor */
  require_second_factor: number;
}

export interface UserAccountTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
  password_changed_at: string;
}

export interface MembershipTable {
  id: string;
  organization_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
  ip: string | null;
  /** 0/1: the sign-in that opened it gave a second factor */
  second_factor: number;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** 0/1: made from a session that was opened with a second factor */
  second_factor: number;
}

/** A user's TOTP secret: pending until confirmed with a code, then enabled. */
export interface SecondFactorTable {
  user_id: string;
  /** base32 */
  secret: string;
  status: string;
  created_at: string;
  enabled_at: string | null;
  /** The newest TOTP time step accepted; a code of it or an earlier step is refused */
  last_used_step: number | null;
}

/** A single-use recovery code, stored as its SHA-256. */
export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** A password accepted, waiting for the second factor; stored as the token's SHA-256. */
export interface SignInChallengeTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** A password-guess counter for one purpose key (see domain/account/throttle.ts). */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string | null;
  blocked_until: string | null;
}

/** A signed checkpoint of every audit chain (domain/audit-trail/checkpoint.ts). */
export interface AuditCheckpointTable {
  id: string;
  created_at: string;
  /** JSON: the checkpoint with its signature, as exported */
  checkpoint_json: string;
}

export interface AuditLogEntryTable {
  id: string;
  chain: string;
  sequence: number;
  at: string;
  organization_id: string | null;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  previous_hash: string;
  hash: string;
}

export interface AiSystemTable {
  id: string;
  organization_id: string;
  name: string;
  purpose: string;
  lifecycle_stage: string;
  is_in_scope: number;
  description: string;
  owner_user_id: string | null;
  ai_roles: string;
  /** JSON: string[] of ISO/IEC 22989 sub-roles */
  ai_sub_roles: string;
  /** JSON: string[] of EU AI Act operator roles */
  eu_ai_act_roles: string;
  eu_risk_class: string | null;
  eu_high_risk_route: string | null;
  eu_annex_i_relation: string | null;
  eu_annex_i_legislation: string;
  is_third_party_assessment_required: number;
  eu_annex_iii_area: string | null;
  eu_derogation: string | null;
  eu_derogation_reasoning: string | null;
  has_transparency_obligations: number;
  /** JSON: string[] of Art. 50 obligations */
  eu_transparency_obligations: string;
  is_general_purpose_model: number;
  has_systemic_risk: number;
  is_built_on_gpai_model: number;
  third_party_components: string;
  data_categories: string;
  automation_level: string | null;
  human_oversight: string;
  out_of_scope_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** The columns every version table of an approved record has (see storage/version-rows.ts). */
export interface VersionColumns {
  id: string;
  organization_id: string;
  version: number;
  status: string;
  author_user_id: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  approved_by_user_id: string | null;
  approved_at: string | null;
  superseded_at: string | null;
  /** JSON: user ids of the creator and everyone who changed the content */
  editor_user_ids: string;
  /** Counts every save; the concurrency guard compares it */
  revision: number;
}

export interface ScopeVersionTable extends VersionColumns {
  statement: string;
  /** JSON: string[] */
  organizational_units: string;
  /** JSON: {name, location, peopleInScope}[] */
  sites: string;
  /** JSON: string[] */
  processes: string;
  /** JSON: string[] of ai_system ids */
  ai_system_ids: string;
  /** JSON: {description, direction?}[] */
  interfaces: string;
  /** JSON: {item, justification}[] */
  exclusions: string;
  /** JSON: AI role ids (clause 4.1) */
  ai_roles: string;
  /** JSON: context_issue ids considered (clause 4.1) */
  context_issue_ids: string;
  /** JSON: {interestedPartyId, requirement}[] considered (clause 4.2) */
  party_requirements: string;
}

/** A version of the organization's AI risk criteria (clause 6.1.2). */
export interface RiskCriteriaVersionTable extends VersionColumns {
  /** JSON: RiskCriteria (scales, levels, matrix, threshold, significance, authority) */
  content: string;
}

/** The organization's decision on one climate question (clauses 4.1, 4.2). */
export interface ClimateDecisionTable {
  id: string;
  organization_id: string;
  question: string;
  answer: string;
  reason: string;
  decided_by_user_id: string | null;
  decided_at: string;
}

export interface ContextIssueTable {
  id: string;
  organization_id: string;
  kind: string;
  title: string;
  description: string;
  is_climate_relevant: number;
  created_at: string;
  updated_at: string;
}

export interface InterestedPartyTable {
  id: string;
  organization_id: string;
  name: string;
  kind: string;
  /** JSON: {requirement, isAddressed, how, isClimateRelated}[] */
  requirements: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface ObligationTable {
  id: string;
  organization_id: string;
  kind: string;
  source: string;
  reference: string;
  /** naturalSortKey(source) and naturalSortKey(reference), for the register's order */
  source_sort_key: string;
  reference_sort_key: string;
  requirement: string;
  /** JSON: string[] of ai_system ids */
  ai_system_ids: string;
  owner_user_id: string | null;
  compliance_status: string;
  /** YYYY-MM-DD */
  next_review_date: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentTable {
  id: string;
  organization_id: string;
  kind: string;
  title: string;
  owner_user_id: string | null;
  review_interval_months: number;
  /** JSON: required-document ids (RD-xx) this document fulfils */
  fulfils: string;
  reference_number: string | null;
  retention_months: number | null;
  disposition: string | null;
  read_access: string;
  /** JSON: the roles that may read the document when read_access is named_roles */
  read_roles: string;
  /** YYYY-MM-DD: retention counted from retirement (domain/document/control.ts), for jobs */
  disposition_due_date: string | null;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentVersionTable extends VersionColumns {
  document_id: string;
  body_markdown: string;
  file_sha256: string | null;
  file_name: string | null;
  file_size: number | null;
  file_media_type: string | null;
  change_note: string;
}

/** Why a version in review was sent back to draft. */
export interface ReturnCommentTable {
  id: string;
  organization_id: string;
  /** The version's table: document_version, scope_version, … */
  record_type: string;
  version_id: string;
  comment: string;
  returned_by_user_id: string | null;
  returned_at: string;
}

export interface ObjectiveTable {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  metric: string;
  unit: string;
  /** Stored as 0 for a qualitative objective, which has no target. */
  target_value: number;
  direction: string;
  owner_user_id: string | null;
  /** YYYY-MM-DD */
  due_date: string | null;
  plan: string;
  /** quantitative | qualitative */
  kind: string;
  evaluation_method: string;
  resources: string;
  communication: string;
  policy_consistency: string;
  annex_c_objective_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ObjectiveMeasurementTable {
  id: string;
  objective_id: string;
  organization_id: string;
  /** YYYY-MM-DD */
  measured_on: string;
  value: number;
  note: string;
  recorded_by_user_id: string | null;
  created_at: string;
}

/** One run of a background job; (job_name, run_key) is unique, so one instance claims it. */
export interface JobRunTable {
  id: string;
  job_name: string;
  /** The day (YYYY-MM-DD) of a scheduled run, the trigger's key, or manual:<id> */
  run_key: string;
  trigger: string;
  payload_json: string;
  status: string;
  attempts: number;
  max_attempts: number;
  next_attempt_at: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  outcome: string | null;
  error: string | null;
}

export interface NotificationTable {
  id: string;
  organization_id: string;
  recipient_user_id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  link: string;
  text: string;
  /** JSON: NotificationItem[] */
  items_json: string;
  group_key: string;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
}

export interface NotificationPreferenceTable {
  user_id: string;
  kind: string;
  is_email_enabled: number;
  updated_at: string;
}

/** An invitation to join an organization with a role (see domain/account/invitation.ts). */
export interface InvitationTable {
  id: string;
  organization_id: string;
  email: string;
  role: string;
  token_hash: string;
  status: string;
  invited_by_user_id: string | null;
  invited_by_label: string;
  created_at: string;
  sent_at: string;
  expires_at: string;
  resolved_at: string | null;
  accepted_user_id: string | null;
}

/** A stored file by SHA-256 (storage/database-file-store.ts); its bytes are in file_chunk. */
export interface FileBlobTable {
  sha256: string;
  size: number;
  chunk_count: number;
  created_at: string;
  /** When the bytes were last stored; collection spares files stored within its grace period. */
  last_put_at: string;
}

export interface FileChunkTable {
  sha256: string;
  /** 0, 1, 2, … in the order the bytes follow. */
  seq: number;
  bytes: Buffer;
}

/** Raised by triggers on every write to an organization's register data. */
export interface OrganizationRevisionTable {
  organization_id: string;
  revision: number;
}

export interface DB {
  organization: OrganizationTable;
  organization_revision: OrganizationRevisionTable;
  user_account: UserAccountTable;
  membership: MembershipTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  second_factor: SecondFactorTable;
  recovery_code: RecoveryCodeTable;
  sign_in_challenge: SignInChallengeTable;
  login_throttle: LoginThrottleTable;
  audit_log_entry: AuditLogEntryTable;
  audit_checkpoint: AuditCheckpointTable;
  ai_system: AiSystemTable;
  scope_version: ScopeVersionTable;
  risk_criteria_version: RiskCriteriaVersionTable;
  climate_decision: ClimateDecisionTable;
  context_issue: ContextIssueTable;
  interested_party: InterestedPartyTable;
  obligation: ObligationTable;
  document: DocumentTable;
  document_version: DocumentVersionTable;
  objective: ObjectiveTable;
  objective_measurement: ObjectiveMeasurementTable;
  return_comment: ReturnCommentTable;
  job_run: JobRunTable;
  notification: NotificationTable;
  notification_preference: NotificationPreferenceTable;
  invitation: InvitationTable;
  file_blob: FileBlobTable;
  file_chunk: FileChunkTable;
  impact_assessment_version: ImpactAssessmentVersionTable;
  risk: RiskTable;
  risk_treatment_action: RiskTreatmentActionTable;
  risk_acceptance: RiskAcceptanceTable;
  organization_control: OrganizationControlTable;
  risk_treatment_plan_version: RiskTreatmentPlanVersionTable;
  risk_trend_month: RiskTrendMonthTable;
  evidence: EvidenceTable;
  evidence_version: EvidenceVersionTable;
  evidence_link: EvidenceLinkTable;
  soa_entry: SoaEntryTable;
  soa_version: SoaVersionTable;
}

/** A piece of evidence, with its current version's dates beside it for lists and the freshness sweep. */
export interface EvidenceTable {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  /** file | link */
  kind: string;
  owner_user_id: string | null;
  review_frequency_months: number | null;
  current_version: number;
  /** YYYY-MM-DD of the current version */
  evidence_date: string;
  /** YYYY-MM-DD the current version holds until; null: no expiry */
  valid_until: string | null;
  /** The freshness the daily sweep last recorded: fresh | expiring | expired | no_expiry */
  swept_freshness: string | null;
  created_at: string;
  updated_at: string;
}

/** One version of a piece of evidence: a stored file (by SHA-256) or a link. */
export interface EvidenceVersionTable {
  id: string;
  evidence_id: string;
  organization_id: string;
  version: number;
  file_sha256: string | null;
  file_size: number | string | null;
  /** The type its content showed (domain/evidence/file-type.ts) */
  file_type: string | null;
  file_media_type: string | null;
  file_name: string | null;
  url: string | null;
  evidence_date: string;
  given_valid_until: string | null;
  valid_until: string | null;
  note: string;
  created_by_user_id: string | null;
  created_at: string;
}

/** What a piece of evidence supports: clause, annex_a_control, organization_control, risk or document. */
export interface EvidenceLinkTable {
  evidence_id: string;
  organization_id: string;
  target_type: string;
  target_id: string;
  /** The item's valid-until and evidence dates, kept in step, for counting by freshness. */
  valid_until: string | null;
  evidence_date: string;
}

/** A version of an AI system's impact assessment (ISO/IEC 42001 6.1.4, 8.4; ISO/IEC 42005). */
export interface ImpactAssessmentVersionTable extends VersionColumns {
  ai_system_id: string;
  /** JSON: ImpactAssessmentContent */
  content: string;
  /** YYYY-MM-DD: the content's next review date, kept beside it for the overview */
  next_review_date: string | null;
}

/** A risk or opportunity of the AI risk register, with the levels its criteria version gave. */
export interface RiskTable {
  id: string;
  organization_id: string;
  kind: string;
  statement: string;
  description: string;
  source: string;
  annex_c_risk_source_id: string | null;
  /** JSON: string[] of Annex C objective ids */
  annex_c_objective_ids: string;
  /** JSON: string[] of ai_system ids; empty for an organization-wide risk */
  ai_system_ids: string;
  consequences_for_organization: string;
  consequences_for_individuals: string;
  existing_controls: string;
  owner_user_id: string | null;
  /** The risk_criteria_version the scores were given against */
  criteria_version_id: string | null;
  likelihood: number | null;
  consequence: number | null;
  inherent_level: string | null;
  /** The level's position in its criteria, 1 the lowest, for sorting and the heat map */
  inherent_rank: number | null;
  treatment_option: string | null;
  /** YYYY-MM-DD */
  treatment_due_date: string | null;
  residual_likelihood: number | null;
  residual_consequence: number | null;
  residual_level: string | null;
  residual_rank: number | null;
  /** YYYY-MM-DD */
  review_date: string | null;
  status: string;
  /** YYYY-MM-DD: the first day the acceptance in force no longer holds */
  accepted_until: string | null;
  acceptance_requested_by_user_id: string | null;
  impact_assessment_id: string | null;
  impact_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface RiskTreatmentActionTable {
  id: string;
  organization_id: string;
  risk_id: string;
  title: string;
  description: string;
  /** JSON: string[] of Annex A control ids */
  annex_a_control_ids: string;
  /** JSON: string[] of organization control references */
  organization_control_ids: string;
  owner_user_id: string | null;
  /** YYYY-MM-DD */
  due_date: string | null;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface RiskAcceptanceTable {
  id: string;
  organization_id: string;
  risk_id: string;
  criteria_version_id: string;
  level_key: string;
  rationale: string;
  accepted_by_user_id: string;
  requested_by_user_id: string | null;
  accepted_at: string;
  /** YYYY-MM-DD: the first day it no longer holds */
  expires_on: string;
  revoked_at: string | null;
}

/** One of the organization's own controls (clause 6.1.3), beyond those of Annex A. */
export interface OrganizationControlTable {
  id: string;
  organization_id: string;
  /** Such as ORG-1; unique in the organization, and what treatment actions link by */
  reference: string;
  /** The reference in natural order (ORG-2 before ORG-10) */
  reference_sort_key: string;
  title: string;
  description: string;
  owner_user_id: string | null;
  annex_a_control_id: string | null;
  annex_a_objective_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A version of the AI risk treatment plan (clause 6.1.3), frozen as a snapshot. */
export interface RiskTreatmentPlanVersionTable extends VersionColumns {
  /** JSON: TreatmentPlanSnapshot (as of, entries, summary) */
  snapshot: string;
  /** JSON: TreatmentPlanSummary, kept apart so lists read no entries */
  summary: string;
}

export interface RiskTrendMonthTable {
  organization_id: string;
  /** YYYY-MM. */
  month: string;
  taken_at: string;
  /** JSON: TrendLevelCount[], lowest level first. */
  levels: string;
  unscored: number;
  open: number;
}

/** A decision about one control of the Statement of Applicability (ISO/IEC 42001 6.1.3 d). */
export interface SoaEntryTable {
  organization_id: string;
  /** An Annex A control id (A.2.2) or an organization control reference (ORG-1) */
  control_id: string;
  applicability: string;
  justification: string;
  implementation_status: string;
  owner_user_id: string | null;
  /** YYYY-MM-DD: when a not-applicable decision is looked at again */
  review_date: string | null;
  /** YYYY-MM-DD: the review date the daily sweep flagged as passed */
  review_flagged_for: string | null;
  updated_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A version of the Statement of Applicability. */
export interface SoaVersionTable extends VersionColumns {
  /** JSON: SoaSnapshot (taken at, as of, entries with links, summary) */
  snapshot: string;
  /** JSON: SoaSummary with takenAt and asOf, kept apart so lists read no entries */
  summary: string;
  /** What the version changes and why */
  change_summary: string;
  published_at: string | null;
  published_by_user_id: string | null;
}

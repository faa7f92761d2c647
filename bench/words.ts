/** Word lists for the generated data: enough variety to look like a real inventory. */
export const ORG_NAMES = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Woodgrove',
  'Litware',
  'Adventure Works',
  'Proseware',
  'Lucerne',
  'Wingtip',
] as const;

export const ORG_KINDS_OF_BUSINESS = [
  'Mutual',
  'Bank',
  'Health',
  'Logistics',
  'Retail',
  'Energy',
  'Telecom',
  'Public Services',
] as const;

export const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Robin',
  'Kim',
  'Noor',
  'Mateo',
  'Aiko',
  'Priya',
  'Jonas',
  'Fatima',
  'Lena',
  'Tomás',
] as const;

export const LAST_NAMES = [
  'Morgan',
  'Patel',
  'Clarke',
  'Nakamura',
  'Okafor',
  'Silva',
  'Novak',
  'Haddad',
  'Larsen',
  'Dubois',
] as const;

export const SUBJECTS = [
  'Claims',
  'Invoice',
  'Credit',
  'Support ticket',
  'Contract',
  'Supplier',
  'Patient intake',
  'Shipment',
  'Energy demand',
  'Job application',
  'Fraud',
  'Churn',
] as const;

export const TASKS = [
  'triage',
  'scoring',
  'classification',
  'summarization',
  'forecasting',
  'extraction',
  'routing',
  'anomaly detection',
  'translation',
  'search',
] as const;

export const KINDS = [
  'assistant',
  'model',
  'engine',
  'service',
  'copilot',
  'pipeline',
  'agent',
  'dashboard',
] as const;

export const VERBS = [
  'Ranks',
  'Summarizes',
  'Flags',
  'Classifies',
  'Forecasts',
  'Drafts replies to',
  'Extracts key fields from',
  'Routes',
] as const;

export const OBJECTS = [
  'incoming claims',
  'customer emails',
  'supplier invoices',
  'loan applications',
  'maintenance reports',
  'call transcripts',
  'purchase orders',
  'medical referrals',
] as const;

export const AUDIENCES = [
  'the operations team',
  'case handlers',
  'the finance department',
  'customer service staff',
  'investigators',
  'planners',
] as const;

export const TECHNIQUES = [
  'a third-party language model',
  'gradient-boosted trees trained in house',
  'a fine-tuned open-weights model',
  'rules combined with a small classifier',
] as const;

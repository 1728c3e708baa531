// The system register (seed 002, issue 17): what the municipality keeps about each it-component as a
// system, and the integrations between systems. Pure types and rules; no I/O.

export const HOSTINGS = ['onPremises', 'saas', 'sharedPlatform'] as const;
/** Drift: in the municipality's own server rooms, bought as a service, or on a platform shared with others. */
export type Hosting = (typeof HOSTINGS)[number];

/** The levels of the municipality's information classification model (1 low … 4 very high). */
export const CLASSIFICATION_LEVELS = [1, 2, 3, 4] as const;
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number];

/** Confidentiality, integrity, availability; null where the system has not been classified yet. */
export interface Classification {
  confidentiality: ClassificationLevel | null;
  integrity: ClassificationLevel | null;
  availability: ClassificationLevel | null;
}

export interface DocumentationLink {
  title: string;
  url: string;
}

/**
 * What the register adds to an it-component. Systemägare and systemförvaltare are the object's roles where
 * the municipality uses pm3 (the business owner, the IT leader): a person is named here only where the
 * system's differ from the object's.
 */
export interface SystemProfile {
  ownerPersonId: string | null;
  managerPersonId: string | null;
  hosting: Hosting | null;
  classification: Classification;
  personalData: boolean;
  /** Reference to the record of processing (registerförteckning, GDPR art. 30), when personal data. */
  processingRecordRef: string;
  /** The departments (line organisations) whose staff use the system. */
  departmentIds: string[];
  documentationLinks: DocumentationLink[];
}

export const EMPTY_PROFILE: SystemProfile = {
  ownerPersonId: null,
  managerPersonId: null,
  hosting: null,
  classification: { confidentiality: null, integrity: null, availability: null },
  personalData: false,
  processingRecordRef: '',
  departmentIds: [],
  documentationLinks: [],
};

export const INTEGRATION_METHODS = ['file', 'api', 'message', 'manual'] as const;
export type IntegrationMethod = (typeof INTEGRATION_METHODS)[number];

export const INTEGRATION_FREQUENCIES = [
  'realtime',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'onDemand',
] as const;
export type IntegrationFrequency = (typeof INTEGRATION_FREQUENCIES)[number];

/** Information flowing from one system to another. */
export interface Integration {
  fromSystemId: string;
  toSystemId: string;
  /** What information, e.g. "Elevuppgifter". */
  information: string;
  method: IntegrationMethod;
  frequency: IntegrationFrequency;
  /** Who answers for the integration; null: the owner of the receiving system. */
  ownerPersonId: string | null;
  description: string;
}

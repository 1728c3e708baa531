// Versioned schema migrations of the embedded store. Each migration is frozen once released: a new
// collection or index gets a new migration, never an edit of an old one.
import type { DatabaseSync } from 'node:sqlite';

export interface Migration {
  version: number;
  description: string;
  up(db: DatabaseSync): void;
}

/** Each record is a row: id, version, timestamps and the entity as JSON; indexed fields get expression indexes. */
function createCollection(db: DatabaseSync, table: string, indexed: readonly string[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data))
  )`);
  db.exec(`CREATE INDEX IF NOT EXISTS "ix_${table}_seq" ON "${table}" (seq)`);
  for (const field of indexed) addIndex(db, table, field);
}

export function addIndex(db: DatabaseSync, table: string, field: string): void {
  db.exec(
    `CREATE INDEX IF NOT EXISTS "ix_${table}_${field}" ON "${table}" (json_extract(data, '$.${field}'), seq)`,
  );
}

/**
 * Fields that the store port lists as indexed but that the embedded store keeps no index for: they only
 * ever filter beside a more selective field, which drives the query (the store uses the first indexed
 * field of a query's and marks the others `+`, so their index was never read), while every insert paid
 * for it. The audit log's `collection` is asked for only together with a record or a person
 * (`AuditService.export`); its index took two to four pages of each approval click's commit (ADR 0040).
 * Asked for alone, such a field is a scan: correct, and slower.
 */
export const FILTER_ONLY: Readonly<Record<string, readonly string[]>> = {
  auditLog: ['collection'],
};

const INITIAL: Record<string, readonly string[]> = {
  lineOrganisations: ['name'],
  objects: ['code', 'category'],
  products: ['objectId'],
  components: ['ownerObjectId', 'kind', 'name'],
  productComponents: ['objectId', 'productId', 'componentId'],
  relatedObjects: ['objectId'],
  people: ['email', 'entraObjectId'],
  roleAssignments: ['personId', 'objectId', 'role'],
  contracts: ['objectId', 'componentId', 'endDate'],
  plans: ['objectId', 'year', 'status'],
  budgetLines: ['planId', 'sortOrder'],
  planApprovals: ['planId', 'round'],
  initiatives: ['objectId', 'escalationLevel', 'status'],
  forums: ['kind', 'objectId'],
  decisions: ['forumId', 'objectId', 'planId', 'initiativeId', 'decidedAt'],
  meetings: ['forumId', 'start'],
};

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Collections of the governance model',
    up(db) {
      for (const [table, indexed] of Object.entries(INITIAL)) createCollection(db, table, indexed);
    },
  },
  {
    version: 2,
    description: 'Channel → object bindings of channel tabs',
    up(db) {
      createCollection(db, 'channelBindings', ['channelId', 'objectId']);
    },
  },
  {
    version: 3,
    description: 'Bot conversations and the outbox of cards to post',
    up(db) {
      createCollection(db, 'conversations', ['conversationId', 'teamId', 'channelId']);
      createCollection(db, 'outbox', ['status', 'subjectKey', 'nextAttemptAt']);
    },
  },
  {
    version: 4,
    description: 'Action items from minutes, and leases for scheduled work',
    up(db) {
      createCollection(db, 'actionItems', ['forumId', 'meetingId', 'status', 'dueDate']);
      createCollection(db, 'leases', ['name']);
    },
  },
  {
    version: 5,
    description: 'Append-only audit log of writes',
    up(db) {
      createCollection(db, 'auditLog', ['actorId', 'collection', 'recordId']);
    },
  },
  {
    version: 6,
    description: 'Private calendar-feed links (hashed tokens)',
    up(db) {
      createCollection(db, 'feedTokens', ['tokenHash', 'personId']);
    },
  },
  {
    version: 7,
    description: 'Minutes of forum meetings: drafts, adjusted versions and corrections',
    up(db) {
      createCollection(db, 'minutes', ['meetingId', 'forumId']);
    },
  },
  {
    version: 8,
    description: 'Approved versions of object plans (what each approval covered)',
    up(db) {
      createCollection(db, 'planVersions', ['planId', 'round']);
    },
  },
  // 35–39: issue 17, the orderer–performer organisation (ADR 0025).
  {
    version: 35,
    description: 'The service catalogue (tjänstekatalog)',
    up(db) {
      createCollection(db, 'itServices', ['name']);
    },
  },
  {
    version: 36,
    description: 'The HUKI matrix: roles (columns) and activities (rows)',
    up(db) {
      createCollection(db, 'hukiRoles', ['sortOrder']);
      createCollection(db, 'hukiActivities', ['sortOrder']);
    },
  },
  {
    version: 37,
    description: 'Orders and change requests',
    up(db) {
      createCollection(db, 'orders', ['objectId', 'state', 'requesterPersonId']);
    },
  },
  {
    version: 38,
    description: 'The IT project portfolio',
    up(db) {
      createCollection(db, 'projects', ['objectId', 'phase']);
    },
  },
  {
    version: 20,
    description: 'Follow-up of the year: outcome, code mappings, interim follow-ups, objektberättelser',
    up(db) {
      createCollection(db, 'outcomeEntries', ['planId', 'period', 'importId']);
      createCollection(db, 'outcomeMappings', ['objectId']);
      createCollection(db, 'interimFollowUps', ['planId', 'year', 'status']);
      createCollection(db, 'planReports', ['planId', 'objectId', 'status']);
    },
  },
  {
    version: 25,
    description: 'The goal chain: steering documents, strategic object plans, links to strategic goals',
    up(db) {
      createCollection(db, 'steeringDocuments', ['kind']);
      createCollection(db, 'strategicPlans', ['objectId', 'fromYear']);
      createCollection(db, 'goalLinks', ['sourceId', 'objectId', 'documentId']);
    },
  },
  {
    version: 30,
    description: 'Integrations between systems (the system map, issue 17)',
    up(db) {
      createCollection(db, 'integrations', ['fromSystemId', 'toSystemId']);
    },
  },
  {
    version: 60,
    description: "Each plan's budget totals, kept with its lines for list views (issue 18, ADR 0030)",
    up(db) {
      createCollection(db, 'planTotals', ['planId', 'year']);
    },
  },
  // 95–99: issue 18 point 5, the approval click's CPU (ADR 0040).
  {
    version: 95,
    description:
      "The audit log's index of collections goes: no query is driven by it, and every entry wrote it",
    // Written out rather than read from FILTER_ONLY: a released migration does not change; a field added
    // there later gets a migration of its own.
    up(db) {
      db.exec('DROP INDEX IF EXISTS "ix_auditLog_collection"');
    },
  },
  // 75–79: issue 19, the forum meeting inside its Teams meeting.
  {
    version: 75,
    description: "Meetings found by their Teams meeting's chat thread (the side panel, the details tab)",
    up(db) {
      addIndex(db, 'meetings', 'teamsThreadId');
    },
  },
];

/** Applies the migrations not yet applied, each in its own transaction, and returns the resulting version. */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  // Every migration not yet recorded runs, not only those above the highest: capabilities built side by
  // side number theirs in ranges of their own, so a lower number can arrive after a higher one.
  const recorded = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  let current = Math.max(0, ...recorded);
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (recorded.has(m.version)) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.description,
        new Date().toISOString(),
      );
      db.exec('COMMIT');
      current = Math.max(current, m.version);
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return current;
}

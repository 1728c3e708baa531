// One home per permission rule (issue 13): every "who may" question is answered by
// src/domain/authorization/policy.ts, and services, cards and the tab ask it rather than working the
// answer out again from role names. Enumerates the policy's questions and checks that each is asked
// outside the domain, and that no module outside a short allow-list names a role or a role helper.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as policy from '../../src/domain/authorization/policy';
import { OBJECT_ROLES, ORGANISATION_ROLES } from '../../src/domain/model';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

const ROLE_NAMES = [...OBJECT_ROLES, ...ORGANISATION_ROLES];
/** Helpers of domain/roles that decide from role names; only the policy (and roles itself) may use them. */
const ROLE_HELPERS = [
  'OWNER_ROLES',
  'LEADER_ROLES',
  'holdsObjectRole',
  'holdsOrganisationRole',
  'isOwner',
  'isLeader',
  'isAdministrator',
  'hasAnyRoleIn',
  'mayAppoint',
];

/** What in a module names roles to decide: quoted role names and the role helpers. */
function roleNamesIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const quoted = ROLE_NAMES.filter((r) => new RegExp(`['"\`]${r}['"\`]`).test(code));
  const helpers = ROLE_HELPERS.filter((h) => new RegExp(`\\b${h}\\b`).test(code));
  return [...quoted, ...helpers];
}

/**
 * Modules that may name roles, and why. Everything else asks the policy.
 * Directories end with '/'.
 */
const ALLOWED: Record<string, string> = {
  'src/domain/authorization/': 'the home of every permission question',
  'src/domain/roles/roles.ts': 'the role vocabulary and who appoints whom (read by the policy)',
  'src/domain/model.ts': 'the list of roles',
  'src/domain/forums/forums.ts': "the forums' composition (which roles sit in, chair and convene each forum)",
  'src/domain/plan/lifecycle.ts':
    "the OSG's approval policy: which roles must approve (data the policy reads)",
  'src/i18n/': "roles' names for display",
  'src/demo/': 'demo data appoints people to roles',
  'src/tab/views/object/structure/permissions.ts':
    "display only: names the administrator as appointer in the refusal's words",
  'src/services/people/peopleService.ts':
    "data shape: only a product coordinator's appointment carries products",
  'src/services/lookup/lookupService.ts':
    'display only: names an object\'s owners and leaders on its card, and lists every role for Copilot\'s "vem är objektägare?" (who is named, not who may)',
  'src/services/systems/systemService.ts':
    "pm3's mapping of systemägare and systemförvaltare to object roles (who is named, not who may)",
  'src/tab/views/object/structure/RolesSection.tsx':
    "display only: a product coordinator's form shows the products field",
};

const allowed = (path: string) =>
  Object.keys(ALLOWED).some((a) => (a.endsWith('/') ? path.startsWith(a) : path === a));

const files = sources('src').map((p) => ({ path: p, source: readFileSync(join(root, p), 'utf8') }));

describe("the policy's questions", () => {
  const questions = Object.entries(policy)
    .filter(([, v]) => typeof v === 'function')
    .map(([name]) => name);
  const outsideDomain = files.filter((f) => !f.path.startsWith('src/domain/'));

  it('include the approval and escalation questions that had copies elsewhere', () => {
    for (const q of [
      'canAnswerApproval',
      'approverRolesOf',
      'awaitingMyAnswer',
      'decidersOf',
      'decidingLevelsOf',
    ])
      expect(questions).toContain(q);
  });

  it.each(questions.filter((q) => q.startsWith('can') || q.endsWith('Of') || q === 'awaitingMyAnswer'))(
    '%s is asked by a service, the bot or the tab',
    (question) => {
      const askers = outsideDomain.filter(
        (f) =>
          /domain\/authorization\/policy/.test(f.source) && new RegExp(`\\b${question}\\b`).test(f.source),
      );
      expect(askers.map((f) => f.path)).not.toEqual([]);
    },
  );
});

describe('role names to decide', () => {
  it('appear in no module outside the allow-list', () => {
    const offenders = files
      .filter((f) => !allowed(f.path))
      .map((f) => ({ path: f.path, names: roleNamesIn(f.source) }))
      .filter((o) => o.names.length > 0);
    expect(offenders).toEqual([]);
  });

  it('are found when a module decides by them (the check can fail)', () => {
    expect(roleNamesIn("if (a.role === 'ownerIt') return true;")).toEqual(['ownerIt']);
    expect(roleNamesIn("import { OWNER_ROLES } from '../roles/roles';")).toEqual(['OWNER_ROLES']);
    expect(roleNamesIn("// the 'ownerIt' of the object\nconst x = 1;")).toEqual([]);
  });

  it('every allow-listed module exists and still names roles (no stale entries)', () => {
    for (const entry of Object.keys(ALLOWED)) {
      const matching = files.filter((f) =>
        entry.endsWith('/') ? f.path.startsWith(entry) : f.path === entry,
      );
      expect({ entry, found: matching.some((f) => roleNamesIn(f.source).length > 0) }).toEqual({
        entry,
        found: true,
      });
    }
  });
});

it('the bot has no service of its own: its data comes from the services it belongs to', () => {
  expect(
    files.filter((f) => f.path.startsWith('src/services/bot/')).map((f) => relative('src', f.path)),
  ).toEqual([]);
});

// The register as a sheet: the columns of the export, and reading the same columns back in an import,
// row by row, with the reasons a row is refused. Export and import use one table, so what is exported
// can be imported again. Pure: the service looks up objects, departments and people and translates reasons.
import { LIFECYCLE_STATES, type LifecycleState } from '../model';
import {
  CLASSIFICATION_LEVELS,
  HOSTINGS,
  type ClassificationLevel,
  type DocumentationLink,
  type Hosting,
} from './profile';

export const SHEET_COLUMNS = [
  'name',
  'object',
  'description',
  'supplier',
  'lifecycle',
  'hosting',
  'confidentiality',
  'integrity',
  'availability',
  'personalData',
  'processingRecordRef',
  'departments',
  'owner',
  'manager',
  'documentation',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** Headings of the export, and what an import recognises (case and spaces ignored). */
export const SHEET_HEADINGS: Record<SheetColumn, readonly string[]> = {
  name: ['System', 'Namn', 'Name'],
  object: ['Objekt', 'Object'],
  description: ['Beskrivning', 'Description'],
  supplier: ['Leverantör', 'Supplier'],
  lifecycle: ['Livscykel', 'Lifecycle', 'Status'],
  hosting: ['Drift', 'Hosting', 'Driftform'],
  confidentiality: ['Konfidentialitet', 'Confidentiality', 'K'],
  integrity: ['Riktighet', 'Integrity', 'R'],
  availability: ['Tillgänglighet', 'Availability', 'T'],
  personalData: ['Personuppgifter', 'Personal data'],
  processingRecordRef: ['Registerförteckning', 'Record of processing'],
  departments: ['Förvaltningar', 'Användare', 'Departments'],
  owner: ['Systemägare', 'System owner'],
  manager: ['Systemförvaltare', 'System manager'],
  documentation: ['Dokumentation', 'Documentation'],
};

export const LIFECYCLE_WORDS: Record<LifecycleState, string> = {
  inUse: 'I drift',
  introducing: 'Införs',
  retiring: 'Avvecklas',
  retired: 'Avvecklad',
};

export const HOSTING_WORDS: Record<Hosting, string> = {
  onPremises: 'Egen drift',
  saas: 'Molntjänst (SaaS)',
  sharedPlatform: 'Gemensam plattform',
};

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const LIFECYCLE_READ = new Map<string, LifecycleState>([
  ...LIFECYCLE_STATES.map((s) => [key(s), s] as const),
  ...LIFECYCLE_STATES.map((s) => [key(LIFECYCLE_WORDS[s]), s] as const),
  ['i bruk', 'inUse'],
  ['in use', 'inUse'],
]);
const HOSTING_READ = new Map<string, Hosting>([
  ...HOSTINGS.map((h) => [key(h), h] as const),
  ...HOSTINGS.map((h) => [key(HOSTING_WORDS[h]), h] as const),
  ['saas', 'saas'],
  ['molntjänst', 'saas'],
  ['egen', 'onPremises'],
  ['lokal drift', 'onPremises'],
  ['gemensam', 'sharedPlatform'],
]);

/** Which column each heading of a sheet is; unknown headings are ignored, required ones must be there. */
export function readHeader(cells: readonly string[]): {
  columns: Map<SheetColumn, number>;
  missing: SheetColumn[];
} {
  const columns = new Map<SheetColumn, number>();
  cells.forEach((cell, index) => {
    const found = SHEET_COLUMNS.find((c) => SHEET_HEADINGS[c].some((h) => key(h) === key(cell)));
    if (found && !columns.has(found)) columns.set(found, index);
  });
  const missing = (['name', 'object'] as const).filter((c) => !columns.has(c));
  return { columns, missing };
}

export type RowProblem =
  | { code: 'nameMissing' }
  | { code: 'nameTooLong' }
  | { code: 'objectMissing' }
  | { code: 'unknownObject'; value: string }
  | { code: 'unknownLifecycle'; value: string }
  | { code: 'unknownHosting'; value: string }
  | { code: 'badLevel'; column: 'confidentiality' | 'integrity' | 'availability'; value: string }
  | { code: 'badYesNo'; value: string }
  | { code: 'unknownDepartment'; value: string }
  | { code: 'unknownPerson'; column: 'owner' | 'manager'; value: string }
  | { code: 'badLink'; value: string }
  | { code: 'recordRefWithoutPersonalData' }
  | { code: 'duplicateInSheet'; line: number };

/** A row read: the raw values by column (the service resolves names to ids, then checks). */
export function cellsOf(columns: Map<SheetColumn, number>, cells: readonly string[]) {
  const out = {} as Record<SheetColumn, string>;
  for (const c of SHEET_COLUMNS) {
    const index = columns.get(c);
    out[c] = index === undefined ? '' : (cells[index] ?? '').trim();
  }
  return out;
}

export function readLifecycle(value: string): LifecycleState | undefined {
  return value === '' ? 'inUse' : LIFECYCLE_READ.get(key(value));
}

/** Empty means not stated (null). */
export function readHosting(value: string): Hosting | null | undefined {
  return value === '' ? null : HOSTING_READ.get(key(value));
}

export function readLevel(value: string): ClassificationLevel | null | undefined {
  if (value === '') return null;
  const n = Number(value);
  return (CLASSIFICATION_LEVELS as readonly number[]).includes(n) ? (n as ClassificationLevel) : undefined;
}

export function readYesNo(value: string): boolean | undefined {
  const k = key(value);
  if (['', 'nej', 'no', 'n', 'false', '0'].includes(k)) return false;
  if (['ja', 'yes', 'j', 'y', 'true', '1', 'x'].includes(k)) return true;
  return undefined;
}

/** A list cell: "Socialförvaltningen, Utbildningsförvaltningen" (comma, semicolon or line break). */
export function readList(value: string): string[] {
  return value
    .split(/[,;\n|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Documentation: "Titel <https://…>" or a bare https address, several separated by line breaks or " | ". */
export function readLinks(value: string): { links: DocumentationLink[]; bad: string[] } {
  const links: DocumentationLink[] = [];
  const bad: string[] = [];
  for (const part of value
    .split(/\n|\s\|\s/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const titled = /^(.*?)\s*<(\S+)>$/.exec(part);
    const url = titled ? titled[2]! : part;
    if (!/^https:\/\/[^\s<>"]+$/.test(url) || url.length > 2000) {
      bad.push(part);
      continue;
    }
    links.push({ title: titled?.[1]?.trim() || url, url });
  }
  return { links, bad };
}

export function writeLinks(links: readonly DocumentationLink[]): string {
  return links.map((l) => (l.title && l.title !== l.url ? `${l.title} <${l.url}>` : l.url)).join('\n');
}

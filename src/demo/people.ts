// Fictional people for the demo. None of them is anyone in the seed documents.
import type { Role } from '../domain/model';

export interface SeedPerson {
  key: string;
  displayName: string;
  title: string;
}

/** Object people: key is `${objectKey}.${role}`. */
const OBJECT_PEOPLE: Record<string, Partial<Record<Role, [string, string]>>> = {
  akn: {
    ownerBusiness: ['Karin Westberg', 'Kanslidirektör'],
    ownerIt: ['Mikael Borg', 'Enhetschef it-förvaltning'],
    leaderBusiness: ['Petra Nyström', 'Kommunikationsstrateg'],
    leaderIt: ['Oskar Lindell', 'Systemförvaltare'],
    productCoordinator: ['Ida Hedlund', 'Webbredaktör'],
    specialistBusiness: ['Nils Åberg', 'Arkivarie'],
    specialistIt: ['Sara Engström', 'Applikationsspecialist'],
    osgMember: ['Göran Mattsson', 'Avdelningschef kansli'],
  },
  vsoa: {
    ownerBusiness: ['Annika Forsberg', 'Socialdirektör'],
    ownerIt: ['Daniel Holmgren', 'Enhetschef it-förvaltning'],
    leaderBusiness: ['Maja Sandberg', 'Verksamhetsutvecklare'],
    leaderIt: ['Viktor Dahlén', 'Systemförvaltare'],
    osgMember: ['Birgitta Lövgren', 'Verksamhetschef äldreomsorg'],
  },
  ukf: {
    ownerBusiness: ['Elin Bergqvist', 'Utbildningsdirektör'],
    ownerIt: ['Henrik Söderlund', 'Enhetschef it-förvaltning'],
    leaderBusiness: ['Frida Blomqvist', 'Digitaliseringsstrateg skola'],
    leaderIt: ['Ali Hassan', 'Systemförvaltare'],
  },
  sam: {
    ownerBusiness: ['Lars Wikström', 'Samhällsbyggnadsdirektör'],
    ownerIt: ['Johanna Ekdahl', 'Enhetschef it-förvaltning'],
    leaderBusiness: ['Emma Lundin', 'GIS-samordnare'],
    leaderIt: ['Robert Nordqvist', 'Systemförvaltare'],
  },
  kop: {
    ownerBusiness: ['Cecilia Håkansson', 'Ekonomidirektör'],
    ownerIt: ['Magnus Jansson', 'Enhetschef it-förvaltning'],
    leaderBusiness: ['Linnea Ström', 'Verksamhetsutvecklare'],
    leaderIt: ['Tobias Bergman', 'Systemförvaltare'],
  },
  fst: {
    ownerBusiness: ['Åsa Nordin', 'Chef verksamhetsstöd och service'],
    ownerIt: ['Per Gustavsson', 'Chef it-drift'],
    leaderBusiness: ['Jenny Sundberg', 'Tjänsteägare'],
    leaderIt: ['Amir Karimi', 'Infrastrukturarkitekt'],
  },
};

/** Organisation roles. */
const ORGANISATION_PEOPLE: [string, Role, string, string][] = [
  ['org.municipalDirector', 'municipalDirector', 'Helena Berggren', 'Kommundirektör'],
  ['org.deputyMunicipalDirector', 'deputyMunicipalDirector', 'Anders Ekström', 'Biträdande kommundirektör'],
  [
    'org.communicationsDevelopmentDirector',
    'communicationsDevelopmentDirector',
    'Sofia Lundgren',
    'Kommunikations- och utvecklingsdirektör',
  ],
  ['org.itChief', 'itChief', 'Johan Falk', 'It-chef'],
  ['org.digitalisationChief', 'digitalisationChief', 'Camilla Strand', 'Digitaliseringschef'],
  ['org.modelOwner', 'modelOwner', 'Erik Sjöberg', 'Modellansvarig styr- och samverkansmodellen'],
  ['org.administrator', 'administrator', 'Lena Holm', 'Systemadministratör Objektnav'],
];

export interface SeedAssignment {
  personKey: string;
  role: Role;
  /** Lower-case object key (akn, vsoa, …) or null for organisation roles. */
  objectKey: string | null;
}

export const PEOPLE: SeedPerson[] = [
  ...ORGANISATION_PEOPLE.map(([key, , displayName, title]) => ({ key, displayName, title })),
  ...Object.entries(OBJECT_PEOPLE).flatMap(([objectKey, roles]) =>
    Object.entries(roles).map(([role, [displayName, title]]) => ({
      key: `${objectKey}.${role}`,
      displayName,
      title,
    })),
  ),
];

export const ASSIGNMENTS: SeedAssignment[] = [
  ...ORGANISATION_PEOPLE.map(([key, role]) => ({ personKey: key, role, objectKey: null })),
  ...Object.entries(OBJECT_PEOPLE).flatMap(([objectKey, roles]) =>
    Object.keys(roles).map((role) => ({ personKey: `${objectKey}.${role}`, role: role as Role, objectKey })),
  ),
];

/** Object code → the key used in person keys ("KÖP" → "kop"). */
export function objectKey(code: string): string {
  return code
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A fictional address on a reserved example domain. */
export function emailOf(displayName: string): string {
  const local = displayName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.');
  return `${local}@objektnav.example`;
}

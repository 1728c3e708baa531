// Messages of forums and escalations: forum settings, decided priority questions, who may lift a question.
export const sv = {
  'forbidden.notEscalatorLeaders':
    'Frågan ligger hos objektledarna. Bara objektledare och objektägare i de berörda objekten får lyfta den till objektägarna (tågordningen, 000 §2.3.4).',
  'forbidden.notEscalatorOwners':
    'Frågan ligger hos objektägarna. Bara objektägare i de berörda objekten får lyfta den till PSG (tågordningen, 000 §2.3.4).',
  'forbidden.noRoleForChannel':
    'Bara den som har en roll i objektet, eller en administratör, får koppla en kanal till objektet.',
  'forbidden.notForumKeeper':
    'Forumets inställningar (delegater, antal möten, mötesdag, tid och plats) ändras av forumets ordförande eller sammankallande, modellansvarig eller en administratör.',
  'forbidden.notForumChannelKeeper':
    'Forumets kanal för dagordningar och beslut väljs av forumets ordförande eller sammankallande (eller en delegat).',
  'conflict.escalationDecided':
    'Frågan är redan beslutad av {name} den {date}. Ett beslut fattas en gång; den kan inte beslutas igen eller lyftas vidare.',
  'conflict.initiativeDone': 'Initiativet är klart och kan inte lyftas eller beslutas.',
  'conflict.initiativeStopped': 'Initiativet är stoppat och kan inte lyftas eller beslutas.',
  'conflict.initiativeRejected': 'Initiativet är avslaget och kan inte lyftas eller beslutas.',
  'validation.forumMinimum':
    '{forum} ska enligt modellen mötas minst {min} gånger per år (000 §2.3); ange {min}–{max}.',
  'validation.unknownDelegate': 'Hittade ingen person med id {id} att utse till delegat.',
  'validation.meetingSameDay': 'Mötet måste sluta samma dag som det börjar (senast 24:00).',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'forbidden.notEscalatorLeaders':
    'The question is with the object leaders. Only leaders and owners of the objects concerned may lift it to the owners (escalation ladder, 000 §2.3.4).',
  'forbidden.notEscalatorOwners':
    'The question is with the object owners. Only owners of the objects concerned may lift it to PSG (escalation ladder, 000 §2.3.4).',
  'forbidden.noRoleForChannel':
    'Only someone with a role in the object, or an administrator, may link a channel to the object.',
  'forbidden.notForumKeeper':
    "A forum's settings (delegates, number of meetings, meeting day, time and place) are changed by its chair or convener, the model owner or an administrator.",
  'forbidden.notForumChannelKeeper':
    "A forum's channel for agendas and decisions is chosen by its chair or convener (or a delegate).",
  'conflict.escalationDecided':
    'The question was already decided by {name} on {date}. A decision is taken once; it cannot be decided again or lifted further.',
  'conflict.initiativeDone': 'The initiative is done and cannot be escalated or decided.',
  'conflict.initiativeStopped': 'The initiative has been stopped and cannot be escalated or decided.',
  'conflict.initiativeRejected': 'The initiative has been rejected and cannot be escalated or decided.',
  'validation.forumMinimum':
    'By the model {forum} meets at least {min} times a year (000 §2.3); give {min}–{max}.',
  'validation.unknownDelegate': 'No person with id {id} to name as delegate.',
  'validation.meetingSameDay': 'The meeting must end on the day it starts (by midnight).',
};

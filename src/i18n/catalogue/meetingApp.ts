// Messages of the forum meeting inside its Teams meeting (issue 19): linking a Teams meeting to a forum
// meeting once, by the forum's convener.
export const sv = {
  'validation.teamsThread':
    'Ange Teams-mötets id (chattens tråd, "19:meeting_…@thread.v2") som det står i mötets sammanhang.',
  'conflict.teamsThreadTaken':
    'Teams-mötet är redan kopplat till {forum}s möte {when}. Sammankallande för det forumet kan ändra kopplingen.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'validation.teamsThread':
    'Give the Teams meeting\'s id (its chat thread, "19:meeting_…@thread.v2") as the meeting\'s context has it.',
  'conflict.teamsThreadTaken':
    "The Teams meeting is already linked to {forum}'s meeting {when}. That forum's convener can change the link.",
};

// Messages of the private calendar feeds (issue 12).
export const sv = {
  'forbidden.noRole':
    'Personliga kalenderlänkar är för dem som har en roll i ett objekt eller i organisationen. Den som utser rollen (objektägaren, eller administratören för organisationens roller) kan ge dig en.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'forbidden.noRole':
    'Personal calendar links are for people who hold a role in an object or in the organisation. Whoever appoints the role (the object owner, or the administrator for organisation roles) can give you one.',
};

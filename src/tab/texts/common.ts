// Words shared by several views of the tab.
export const sv = {
  confirm: 'Bekräfta',
} as const;

export const en: Record<keyof typeof sv, string> = {
  confirm: 'Confirm',
};

// Messages of the security boundary: outages, refused activities, start-up problems.
export const sv = {
  'error.serviceUnavailable': 'Tjänsten svarar inte just nu. Försök igen om en stund.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'error.serviceUnavailable': 'The service is not answering right now. Try again in a moment.',
};

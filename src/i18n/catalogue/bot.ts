// The bot's words that are not part of a card's layout: replies to commands and card actions.
export const sv = {
  'bot.cardUnknown': 'kortet känns inte igen',
  'bot.tryLater': 'försök igen senare',
  'bot.planOfYear': 'Objektplan {year}',
  'bot.deadline.done': 'klar',
  'bot.deadline.upcoming': 'kommande',
  'bot.deliverable.objectPlanPreliminary': 'Preliminär objektplan',
  'bot.deliverable.objectPlanApproved': 'Objektplan godkänd av OSG',
  'bot.deliverable.objectReport': 'Objektberättelse',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'bot.cardUnknown': 'the card is not one Objektnav knows',
  'bot.tryLater': 'try again later',
  'bot.planOfYear': 'Object plan {year}',
  'bot.deadline.done': 'done',
  'bot.deadline.upcoming': 'upcoming',
  'bot.deliverable.objectPlanPreliminary': 'Preliminary object plan',
  'bot.deliverable.objectPlanApproved': 'Object plan approved by OSG',
  'bot.deliverable.objectReport': 'Object report',
};

// Messages of the orderer–performer organisation (issue 17): service catalogue, HUKI matrix, orders and
// changes, project portfolio. Refusals name the rule and who may.
export const sv = {
  'forbidden.notCatalogueKeeper':
    'Tjänstekatalogen förs av beställarfunktionen (it-chef eller digitaliseringschef) eller en administratör.',
  'forbidden.notServiceOrderer':
    'Bara objektets objektägare och objektledare (eller en administratör) beställer tjänster åt objektet.',
  'forbidden.notHukiKeeper':
    'HUKI-matrisen är en del av modellen och ändras av modellansvarig eller en administratör.',
  'forbidden.notOrdererInObject':
    'Behov registreras av den som har en roll i objektet (förvaltningens beställare) eller av beställarfunktionen.',
  'forbidden.notOrdererFunction':
    'Bara beställarfunktionen (it-chef eller digitaliseringschef) bedömer, lämnar över och avbryter beställningar.',
  'forbidden.notOrderApprover':
    'Beställningar över beloppsgränsen godkänns av objektets objektägare; du är inte objektägare i objektet.',
  'forbidden.notThresholdKeeper':
    'Beloppsgränsen för objektägarnas godkännande av beställningar sätts av objektets objektägare eller av modellansvarig.',
  'forbidden.notPerformer':
    'Bara utföraren som beställningen lämnats till, eller objektledare it, uppskattar och levererar.',
  'forbidden.notOrderAcceptor':
    'Leveransen godkänns av den som beställde, eller av objektägare eller objektledare verksamhet i objektet.',
  'forbidden.notPortfolioKeeper':
    'Projektportföljen förs av beställarfunktionen (it-chef eller digitaliseringschef) eller en administratör.',
  'forbidden.notProjectReporter':
    'Månadens statusrapport lämnas av projektets projektledare eller av beställarfunktionen.',
  'validation.hukiNoH':
    'Varje aktivitet i HUKI-matrisen ska ha exakt en huvudansvarig (H). Ange H för en roll.',
  'validation.hukiSeveralH':
    'Varje aktivitet i HUKI-matrisen ska ha exakt en huvudansvarig (H), men {roles} har H. Behåll H för en av dem.',
  'validation.hukiUnknownRole': 'HUKI-matrisen har ingen roll med id {id}.',
  'conflict.hukiRoleLeads': 'Rollen är huvudansvarig (H) för {activities}. Ge H till en annan roll först.',
  'conflict.orderStep': 'Beställningen är {state}; det går inte att {step} den nu.',
  'conflict.orderNoOwners':
    'Beställningen behöver objektägarnas godkännande, men objektet har inga objektägare. Utse objektägare först.',
  'conflict.orderAlreadyAnswered': 'Du har redan svarat på beställningen.',
  'validation.orderPerformerMissing': 'Ange vem som ska utföra beställningen (utförare).',
  'validation.componentOfObject': 'Systemet {id} är inte en it-komponent.',
  'validation.changeCategory': 'Ett ändringsärende ska ha en kategori: standard, normal eller brådskande.',
  'validation.projectDates': 'Projektets slut kan inte ligga före dess start.',
  'validation.projectPlanObject':
    'Objektplanen {id} hör inte till något av projektets objekt. Koppla projektet till en plan för ett av dem.',
  'card.order.title': 'Beställning: {title}',
  'card.order.change': 'Ändringsärende ({category}): {title}',
  'card.order.object': 'Objekt',
  'card.order.system': 'System',
  'card.order.requester': 'Beställare',
  'card.order.state': 'Läge',
  'card.order.cost': 'Bedömd kostnad',
  'card.order.risk': 'Risk',
  'card.order.performer': 'Utförare',
  'card.order.approvers': 'Godkännande',
  'card.order.waitsFor': 'Väntar på',
  'card.order.waits.ordererFunction': 'beställarfunktionens bedömning',
  'card.order.waits.owners': 'objektägarnas godkännande (över beloppsgränsen {threshold})',
  'card.order.waits.performer': 'utförarens uppskattning och leverans',
  'card.order.waits.requester': 'beställarens godkännande av leveransen',
  'card.order.comment': 'Kommentar',
  'card.order.approve': 'Godkänn',
  'card.order.reject': 'Avslå',
  'card.order.answer': 'Svara …',
  'card.order.answered': 'Du har svarat: {outcome}.',
  'card.order.notApprover':
    'Du är inte objektägare i objektet och godkänner inte beställningen, så ditt klick ändrade ingenting.',
  'card.order.moved': 'Beställningen har gått vidare sedan kortet skrevs. Här är läget nu.',
  'card.order.open': 'Öppna i Objektnav',
  'card.order.refresh': 'Uppdatera',
  'card.order.approved': 'godkänd',
  'card.order.rejected': 'avslagen',
  'card.order.pending': 'inte svarat',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'forbidden.notCatalogueKeeper':
    'The service catalogue is kept by the orderer function (IT manager or head of digitalisation) or an administrator.',
  'forbidden.notServiceOrderer':
    "Only the object's owners and leaders (or an administrator) order services for the object.",
  'forbidden.notHukiKeeper':
    'The HUKI matrix is part of the model and is changed by the model owner or an administrator.',
  'forbidden.notOrdererInObject':
    "Needs are registered by someone with a role in the object (the department's orderer) or by the orderer function.",
  'forbidden.notOrdererFunction':
    'Only the orderer function (IT manager or head of digitalisation) assesses, hands over and cancels orders.',
  'forbidden.notOrderApprover':
    "Orders above the threshold are approved by the object's owners; you are not an owner of the object.",
  'forbidden.notThresholdKeeper':
    "The threshold for the owners' approval of orders is set by the object's owners or the model owner.",
  'forbidden.notPerformer':
    'Only the performer the order was handed to, or the IT object leader, estimates and delivers.',
  'forbidden.notOrderAcceptor':
    "The delivery is accepted by whoever ordered it, or by the object's business owner or business leader.",
  'forbidden.notPortfolioKeeper':
    'The project portfolio is kept by the orderer function (IT manager or head of digitalisation) or an administrator.',
  'forbidden.notProjectReporter':
    "The month's status report is given by the project manager or the orderer function.",
  'validation.hukiNoH':
    'Every activity of the HUKI matrix must have exactly one accountable role (H). Give H to one role.',
  'validation.hukiSeveralH':
    'Every activity of the HUKI matrix must have exactly one accountable role (H), but {roles} have H. Keep H for one of them.',
  'validation.hukiUnknownRole': 'The HUKI matrix has no role with id {id}.',
  'conflict.hukiRoleLeads': 'The role is accountable (H) for {activities}. Give H to another role first.',
  'conflict.orderStep': 'The order is {state}; it cannot be {step} now.',
  'conflict.orderNoOwners':
    "The order needs the owners' approval, but the object has no owners. Appoint owners first.",
  'conflict.orderAlreadyAnswered': 'You have already answered this order.',
  'validation.orderPerformerMissing': 'Say who is to perform the order (performer).',
  'validation.componentOfObject': 'The system {id} is not an IT component.',
  'validation.changeCategory': 'A change request must have a category: standard, normal or urgent.',
  'validation.projectDates': "The project's end cannot be before its start.",
  'validation.projectPlanObject':
    "The object plan {id} belongs to none of the project's objects. Link the project to a plan of one of them.",
  'card.order.title': 'Order: {title}',
  'card.order.change': 'Change request ({category}): {title}',
  'card.order.object': 'Object',
  'card.order.system': 'System',
  'card.order.requester': 'Orderer',
  'card.order.state': 'State',
  'card.order.cost': 'Assessed cost',
  'card.order.risk': 'Risk',
  'card.order.performer': 'Performer',
  'card.order.approvers': 'Approval',
  'card.order.waitsFor': 'Waiting for',
  'card.order.waits.ordererFunction': "the orderer function's assessment",
  'card.order.waits.owners': "the owners' approval (above the threshold {threshold})",
  'card.order.waits.performer': "the performer's estimate and delivery",
  'card.order.waits.requester': "the orderer's acceptance of the delivery",
  'card.order.comment': 'Comment',
  'card.order.approve': 'Approve',
  'card.order.reject': 'Reject',
  'card.order.answer': 'Answer …',
  'card.order.answered': 'You answered: {outcome}.',
  'card.order.notApprover':
    'You are not an owner of the object and do not approve the order, so your click changed nothing.',
  'card.order.moved': 'The order has moved on since the card was written. Here is where it stands.',
  'card.order.open': 'Open in Objektnav',
  'card.order.refresh': 'Refresh',
  'card.order.approved': 'approved',
  'card.order.rejected': 'rejected',
  'card.order.pending': 'not answered',
} as const;

/** Order states and steps named inside messages. */
export const termsSv: Record<string, string> = {
  'order.need': 'ett behov som väntar på bedömning',
  'order.awaitingApproval': 'hos objektägarna för godkännande',
  'order.ordered': 'lämnad till utföraren',
  'order.estimated': 'uppskattad av utföraren',
  'order.awaitingAcceptance': 'levererad och väntar på godkännande',
  'order.accepted': 'godkänd och stängd',
  'order.rejected': 'avslagen',
  'order.cancelled': 'avbruten',
  'step.assess': 'bedöma',
  'step.approve': 'godkänna eller avslå',
  'step.estimate': 'uppskatta',
  'step.deliver': 'leverera',
  'step.accept': 'godkänna leveransen av',
  'step.returnDelivery': 'skicka tillbaka',
  'step.cancel': 'avbryta',
  'category.standard': 'standard',
  'category.normal': 'normal',
  'category.urgent': 'brådskande',
  'risk.low': 'låg',
  'risk.medium': 'medel',
  'risk.high': 'hög',
};
export const termsEn: Record<string, string> = {
  'order.need': 'a need awaiting assessment',
  'order.awaitingApproval': 'with the owners for approval',
  'order.ordered': 'handed to the performer',
  'order.estimated': 'estimated by the performer',
  'order.awaitingAcceptance': 'delivered and awaiting acceptance',
  'order.accepted': 'accepted and closed',
  'order.rejected': 'rejected',
  'order.cancelled': 'cancelled',
  'step.assess': 'assessed',
  'step.approve': 'approved or rejected',
  'step.estimate': 'estimated',
  'step.deliver': 'delivered',
  'step.accept': 'accepted',
  'step.returnDelivery': 'returned',
  'step.cancel': 'cancelled',
  'category.standard': 'standard',
  'category.normal': 'normal',
  'category.urgent': 'urgent',
  'risk.low': 'low',
  'risk.medium': 'medium',
  'risk.high': 'high',
};

// The use cases, built once per process over the same ports.
import type { ServiceDeps } from './context';
import { AuditService } from './audit/auditService';
import { ChannelService } from './channels/channelService';
import { ConversationService } from './channels/conversationService';
import { EscalationCardService } from './initiatives/escalationCardService';
import { MeetingCardService } from './meetings/meetingCardService';
import { PlanCardService } from './plans/planCardService';
import { FeedService } from './feeds/feedService';
import { ForumService } from './forums/forumService';
import { MeetingService } from './meetings/meetingService';
import { AgendaService } from './meetings/agendaService';
import { TeamsMeetingService } from './meetings/teamsMeetingService';
import { MinutesService } from './meetings/minutesService';
import { DEFAULT_REMINDER_OPTIONS, ReminderService, type ReminderOptions } from './meetings/reminderService';
import { InitiativeService } from './initiatives/initiativeService';
import { ObjectService } from './objects/objectService';
import { PeopleService } from './people/peopleService';
import { PlanService } from './plans/planService';
import { PortfolioService } from './portfolio/portfolioService';
import { MyWorkService } from './mywork/myWorkService';
import { OutcomeService } from './followup/outcomeService';
import { FollowUpService } from './followup/followUpService';
import { ReportService } from './followup/reportService';
import { StrategyService } from './strategy/strategyService';
import { CatalogueService } from './itorg/catalogueService';
import { HukiService } from './itorg/hukiService';
import { OrderService } from './itorg/orderService';
import { ProjectService } from './itorg/projectService';
import { SystemService } from './systems/systemService';
import { LookupService } from './lookup/lookupService';

export interface Services {
  audit: AuditService;
  objects: ObjectService;
  people: PeopleService;
  plans: PlanService;
  initiatives: InitiativeService;
  portfolio: PortfolioService;
  myWork: MyWorkService;
  forums: ForumService;
  channels: ChannelService;
  conversations: ConversationService;
  planCards: PlanCardService;
  escalationCards: EscalationCardService;
  meetingCards: MeetingCardService;
  meetings: MeetingService;
  agenda: AgendaService;
  minutes: MinutesService;
  teamsMeetings: TeamsMeetingService;
  reminders: ReminderService;
  feeds: FeedService;
  outcome: OutcomeService;
  followUps: FollowUpService;
  reports: ReportService;
  strategy: StrategyService;
  catalogue: CatalogueService;
  huki: HukiService;
  orders: OrderService;
  projects: ProjectService;
  systems: SystemService;
  lookup: LookupService;
}

export function createServices(
  deps: ServiceDeps,
  options: { reminders?: Partial<ReminderOptions> } = {},
): Services {
  const plans = new PlanService(deps);
  const channels = new ChannelService(deps);
  const agenda = new AgendaService(deps);
  const reports = new ReportService(deps);
  return {
    audit: new AuditService(deps),
    objects: new ObjectService(deps),
    people: new PeopleService(deps),
    plans,
    initiatives: new InitiativeService(deps),
    portfolio: new PortfolioService(deps),
    myWork: new MyWorkService(deps),
    forums: new ForumService(deps),
    channels,
    conversations: new ConversationService(deps),
    planCards: new PlanCardService(deps, plans),
    escalationCards: new EscalationCardService(deps),
    meetingCards: new MeetingCardService(deps, agenda),
    meetings: new MeetingService(deps),
    agenda,
    minutes: new MinutesService(deps),
    teamsMeetings: new TeamsMeetingService(deps),
    reminders: new ReminderService(deps, { ...DEFAULT_REMINDER_OPTIONS, ...options.reminders }),
    feeds: new FeedService(deps),
    outcome: new OutcomeService(deps),
    followUps: new FollowUpService(deps),
    reports,
    // The year wheel's objektberättelse states come from the follow-up capability (ADR 0023).
    strategy: new StrategyService(deps, reports),
    catalogue: new CatalogueService(deps),
    huki: new HukiService(deps),
    orders: new OrderService(deps),
    projects: new ProjectService(deps),
    systems: new SystemService(deps),
    lookup: new LookupService(deps),
  };
}

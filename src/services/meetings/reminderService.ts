// Scheduled work of the forums, run inside the server: the agenda card goes to the forum's channel a
// number of days before each meeting, and action items are reminded before they fall due. A lease in
// the store makes sure only one instance does it when several run.
import type { ServiceDeps } from '../context';
import { todayIn } from '../context';
import { addDays } from '../../domain/meetings/schedule';
import { data } from '../records';
import { LeaseService } from '../leases/leaseService';
import { NotificationService } from '../notifications/notificationService';

export interface ReminderOptions {
  /** Days before a meeting its agenda is posted. */
  agendaDaysBefore: number;
  /** Days before an action item's due date it is reminded. */
  actionItemDaysBefore: number;
  leaseMs: number;
}

export const DEFAULT_REMINDER_OPTIONS: ReminderOptions = {
  agendaDaysBefore: 5,
  actionItemDaysBefore: 2,
  leaseMs: 60_000,
};

export class ReminderService {
  private readonly leases: LeaseService;
  private readonly notifications: NotificationService;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly options: ReminderOptions = DEFAULT_REMINDER_OPTIONS,
  ) {
    this.leases = new LeaseService(deps);
    this.notifications = new NotificationService(deps);
  }

  /** One pass; `holder` names this instance. Returns what was queued, or null when another instance holds the lease. */
  async runDue(holder: string): Promise<{ agendas: number; actionItems: number } | null> {
    if (!(await this.leases.tryAcquire('reminders', holder, this.options.leaseMs))) return null;
    try {
      const { store, clock } = this.deps;
      const now = clock.now().toISOString();
      const today = todayIn(clock);
      const agendaHorizon = new Date(
        clock.now().getTime() + this.options.agendaDaysBefore * 86_400_000,
      ).toISOString();
      let agendas = 0;
      let actionItems = 0;
      for (const forum of await store.forums.findAll()) {
        const due = (await store.meetings.findAll({ forumId: forum.id })).filter(
          (m) => m.status === 'scheduled' && !m.agendaPostedAt && m.start > now && m.start <= agendaHorizon,
        );
        const items = (await store.actionItems.findAll({ forumId: forum.id, status: 'open' })).filter(
          (a) => !a.remindedAt && a.dueDate <= addDays(today, this.options.actionItemDaysBefore),
        );
        if (!due.length && !items.length) continue;
        await store.transaction(async (tx) => {
          const target = await this.notifications.targetForForum(tx, forum);
          if (!target) return; // nowhere to post yet: try again once the forum has a channel
          for (const meeting of due) {
            await this.notifications.post(tx, { type: 'agenda', meetingId: meeting.id }, target);
            await tx.meetings.update(meeting.id, { ...data(meeting), agendaPostedAt: now }, meeting.etag);
            agendas++;
          }
          for (const item of items) {
            await this.notifications.post(tx, { type: 'actionItem', actionItemId: item.id }, target);
            await tx.actionItems.update(item.id, { ...data(item), remindedAt: now }, item.etag);
            actionItems++;
          }
        });
      }
      return { agendas, actionItems };
    } finally {
      await this.leases.release('reminders', holder);
    }
  }
}

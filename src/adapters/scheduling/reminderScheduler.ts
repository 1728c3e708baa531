// Runs the forums' scheduled work inside the server: every interval, one pass of reminders (agendas
// before meetings, action items before they fall due) under the store's lease, then the outbox is sent.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ReminderService } from '../../services/meetings/reminderService';
import type { Logger } from '../../services/ports/logger';

export interface ReminderScheduler {
  /** Runs one pass now (tests, and the first pass after start). */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export function startReminderScheduler(
  reminders: ReminderService,
  outbox: { kick(): Promise<number> },
  logger: Logger,
  intervalMs: number,
): ReminderScheduler {
  // Names this instance in the lease, so a restarted instance does not think it still holds it.
  const instance = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running: Promise<void> | null = null;
  const runNow = () => {
    running ??= (async () => {
      try {
        const done = await reminders.runDue(instance);
        if (done && done.agendas + done.actionItems > 0) {
          logger.log('info', 'reminders queued', done);
          await outbox.kick();
        }
      } catch (error) {
        logger.log('error', 'reminders failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

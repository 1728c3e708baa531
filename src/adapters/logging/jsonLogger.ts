// Structured logs: one JSON object per line on stdout, ready for any log collector.
import type { Logger, LogLevel } from '../../services/ports/logger';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function jsonLogger(
  level: LogLevel | 'silent',
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const threshold = level === 'silent' ? Infinity : ORDER[level];
  return {
    enabled: (l) => ORDER[l] >= threshold,
    log(l, message, fields = {}) {
      if (ORDER[l] < threshold) return;
      write(`${JSON.stringify({ time: new Date().toISOString(), level: l, msg: message, ...fields })}\n`);
    },
  };
}

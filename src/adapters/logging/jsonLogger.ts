// Structured logs: one JSON object per line on stdout, ready for any log collector.
import type { Logger, LogLevel } from '../../services/ports/logger';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Fields whose values are credentials, whatever logs them (our code or a library's message). */
const SECRET_KEY = /^(authorization|cookie|set-cookie|password|secret|client_?secret|.*token|assertion)$/i;
/** Bearer credentials and JWTs inside free text (library messages, error texts). */
const SECRET_TEXT = [
  /\bBearer\s+[A-Za-z0-9\-_.~+/]+=*/gi,
  /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
];

function redact(_key: string, value: unknown): unknown {
  if (_key && SECRET_KEY.test(_key) && value !== null && value !== undefined && typeof value !== 'object')
    return '[redacted]';
  if (typeof value === 'string') return SECRET_TEXT.reduce((t, re) => t.replace(re, '[redacted]'), value);
  return value;
}

export function jsonLogger(
  level: LogLevel | 'silent',
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const threshold = level === 'silent' ? Infinity : ORDER[level];
  return {
    enabled: (l) => ORDER[l] >= threshold,
    log(l, message, fields = {}) {
      if (ORDER[l] < threshold) return;
      // Secrets never reach the log, even when a caller or a library hands one over by mistake.
      const line = { time: new Date().toISOString(), level: l, msg: message, ...fields };
      write(`${JSON.stringify(line, redact)}\n`);
    },
  };
}

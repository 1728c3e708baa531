// Structured logs through pino: one JSON object per line on stdout, ready for any log collector.
// pino serialises and filters by level; redaction of credentials stays ours because pino's `redact` takes
// fixed paths, while secrets here can sit under any key at any depth, or inside a library's free text.
import pino from 'pino';
import type { Logger, LogLevel } from '../../services/ports/logger';

/** Fields whose values are credentials, whatever logs them (our code or a library's message). */
const SECRET_KEY = /^(authorization|cookie|set-cookie|password|secret|client_?secret|.*token|assertion)$/i;
/** Bearer credentials and JWTs inside free text (library messages, error texts). */
const SECRET_TEXT = [
  /\bBearer\s+[A-Za-z0-9\-_.~+/]+=*/gi,
  /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
];

const scrubText = (text: string): string => SECRET_TEXT.reduce((t, re) => t.replace(re, '[redacted]'), text);

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) return { name: value.name, message: scrubText(value.message) };
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      SECRET_KEY.test(key) && v !== null && v !== undefined && typeof v !== 'object'
        ? '[redacted]'
        : scrub(v, depth + 1);
  }
  return out;
}

export function jsonLogger(
  level: LogLevel | 'silent',
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const log = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Secrets never reach the log, even when a caller or a library hands one over by mistake.
        log: (fields) => scrub(fields) as Record<string, unknown>,
      },
    },
    { write },
  );
  return {
    enabled: (l) => log.isLevelEnabled(l),
    log(l, message, fields = {}) {
      log[l](fields, scrubText(message));
    },
  };
}

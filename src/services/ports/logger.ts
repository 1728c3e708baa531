export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
  /** Whether a level is written at all, so callers can skip building costly messages. */
  enabled(level: LogLevel): boolean;
}

// Shared by the commands: print to the terminal, and stop with a clear message (no stack) on bad configuration.
import { ConfigError } from '../config';

export const say = (line: string) => process.stdout.write(`${line}\n`);

export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}

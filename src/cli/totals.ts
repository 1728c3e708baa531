// `npm run totals`: checks every plan's kept budget totals against its lines; `-- --repair` rewrites the
// ones that differ (ADR 0030).
import { totalsCommand } from './commands';
import { runCommand, say } from './run';

runCommand(async () => {
  process.exitCode = await totalsCommand(process.env, say, process.argv.includes('--repair'));
});

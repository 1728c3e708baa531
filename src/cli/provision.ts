// `npm run provision` (docs/sharepoint.md).
import { provisionCommand } from './commands';
import { runCommand, say } from './run';

runCommand(async () => {
  process.exitCode = await provisionCommand(process.env, say);
});

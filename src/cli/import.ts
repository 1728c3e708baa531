// `npm run import`: SharePoint → a new embedded store in DATA_DIR (docs/sharepoint.md).
import { importCommand } from './commands';
import { runCommand, say } from './run';

runCommand(async () => {
  await importCommand(process.env, say);
});

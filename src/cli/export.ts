// `npm run export`: the embedded store (DATA_DIR) → SharePoint (docs/sharepoint.md).
import { exportCommand } from './commands';
import { runCommand, say } from './run';

runCommand(async () => {
  await exportCommand(process.env, say);
});

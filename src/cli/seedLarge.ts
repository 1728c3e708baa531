// `npm run seed:large`: the large municipality into the configured store (./seedLargeCommand.ts).
import { seedLargeCommand } from './seedLargeCommand';
import { runCommand, say } from './run';

runCommand(async () => {
  await seedLargeCommand(process.env, say);
});

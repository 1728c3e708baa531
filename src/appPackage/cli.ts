// `npm run package`: env/.env.$ENV (default local), overridden by the environment, → appPackage/objektnav-<version>.zip
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import { buildAppPackage, PackageError, parseEnvFile } from './buildPackage';

async function main() {
  const envName = process.env['ENV'] ?? 'local';
  const file = join(projectRoot, 'env', `.env.${envName}`);
  const fromFile = existsSync(file) ? parseEnvFile(readFileSync(file, 'utf8')) : {};
  const pkg = await buildAppPackage({ ...fromFile, ...process.env });
  const out = join(projectRoot, 'appPackage');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, pkg.fileName), pkg.zip);
  process.stdout.write(
    `Teams app package: appPackage/${pkg.fileName} (${pkg.zip.length} bytes)\n` +
      `  settings from env/.env.${envName}${existsSync(file) ? '' : ' (missing)'} and the environment\n` +
      `  manifest ${String(pkg.manifest['manifestVersion'])}, app id ${String(pkg.manifest['id'])}, validated against the official schema\n` +
      (pkg.copilot
        ? `  Copilot: declarative agent and API plugin, validated against their published schemas\n`
        : `  Copilot: left out (set COPILOT_OAUTH_REFERENCE_ID, see README "Objektnav i Copilot")\n`),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof PackageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

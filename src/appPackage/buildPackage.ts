// Builds the Teams app package: fills the manifest template from settings, validates it offline against
// the official schema (@microsoft/app-manifest), and zips it flat with its icons and English strings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { z } from 'zod';
import { projectRoot } from '../paths';
import * as copilotModule from './copilot';
import { colorIcon, outlineIcon } from './icons';

const settingsSchema = z.object({
  APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'APP_VERSION is a version like 1.0.0' }),
  TEAMS_APP_ID: z.uuid({ error: 'TEAMS_APP_ID must be a GUID (the Teams app id)' }),
  BOT_ID: z.uuid({ error: "BOT_ID must be a GUID (the bot's Entra app registration)" }),
  ENTRA_CLIENT_ID: z.uuid({ error: "ENTRA_CLIENT_ID must be a GUID (the tab's Entra app registration)" }),
  PUBLIC_URL: z.url({
    protocol: /^https$/,
    error: 'PUBLIC_URL must be the https address people reach the app on',
  }),
  DEVELOPER_NAME: z
    .string()
    .min(1, { error: 'DEVELOPER_NAME is the municipality or supplier shown in Teams' })
    .max(32),
  // Copilot (issue 19): the OAuth client registration's id from the Teams Developer Portal (README). Without
  // it the package has no declarative agent: the plugin could not sign anyone in.
  COPILOT_OAUTH_REFERENCE_ID: z
    .string()
    .min(1)
    .max(500, { error: 'COPILOT_OAUTH_REFERENCE_ID is the OAuth client registration id (Developer Portal)' })
    .optional(),
  ENTRA_TENANT_ID: z.string().min(1).max(100).optional(),
  ENTRA_AUTHORITY_HOST: z.url({ protocol: /^https$/ }).optional(),
});

export type PackageSettings = z.infer<typeof settingsSchema>;

export class PackageError extends Error {}

export function readSettings(env: Record<string, string | undefined>): PackageSettings {
  const parsed = settingsSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    throw new PackageError(
      `Invalid package settings:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL.replace(/\/+$/, '') };
}

/** Replaces every ${{NAME}} in the template; a placeholder without a value is an error, never left behind. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new PackageError(`The manifest template needs ${name}`);
    // Values go into JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
}

export interface AppPackage {
  fileName: string;
  manifest: Record<string, unknown>;
  zip: Buffer;
  /** The declarative agent and its API plugin are in the package (COPILOT_OAUTH_REFERENCE_ID was given). */
  copilot: boolean;
}

/** The manifest's reference to the declarative agent (one per app, Teams says). */
export const COPILOT_AGENTS = {
  declarativeAgents: [{ id: 'objektnavAgent', file: 'declarativeAgent.json' }],
};

export async function buildAppPackage(env: Record<string, string | undefined>): Promise<AppPackage> {
  const settings = readSettings(env);
  const values: Record<string, string> = { ...settings, APP_DOMAIN: new URL(settings.PUBLIC_URL).host };
  const dir = join(projectRoot, 'manifest');
  const manifest = JSON.parse(
    fillTemplate(readFileSync(join(dir, 'manifest.template.json'), 'utf8'), values),
  ) as Record<string, unknown>;
  const c = settings.COPILOT_OAUTH_REFERENCE_ID ? copilotModule : null;
  const copilot = c
    ? c.copilotFiles((t) => fillTemplate(t, values), settings.APP_VERSION, {
        ...settings,
        APP_DOMAIN: values['APP_DOMAIN']!,
      })
    : null;
  if (copilot) manifest['copilotAgents'] = COPILOT_AGENTS;
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as never);
  if (errors.length)
    throw new PackageError(`The manifest does not pass the schema:\n  ${errors.join('\n  ')}`);
  if (c && copilot) {
    const copilotErrors = await c.validateCopilotFiles(copilot.agent, copilot.plugin);
    if (copilotErrors.length)
      throw new PackageError(`The Copilot files do not pass their schemas:\n  ${copilotErrors.join('\n  ')}`);
  }
  const zip = new JSZip();
  if (c && copilot) {
    zip.file('declarativeAgent.json', JSON.stringify(copilot.agent, null, 2));
    zip.file('ai-plugin.json', JSON.stringify(copilot.plugin, null, 2));
    zip.file(c.COPILOT_SPEC_FILE, JSON.stringify(copilot.spec, null, 2));
  }
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('en.json', readFileSync(join(dir, 'en.json')));
  zip.file('color.png', colorIcon());
  zip.file('outline.png', outlineIcon());
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return {
    fileName: `objektnav-${settings.APP_VERSION}.zip`,
    manifest,
    zip: buffer,
    copilot: Boolean(copilot),
  };
}

/** Reads KEY=value lines (the Agents Toolkit's env files); # starts a comment. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && !line.trim().startsWith('#')) out[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1');
  }
  return out;
}

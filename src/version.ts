// Read once; the package version shows in /api/openapi.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths';

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

export const version = readVersion();

// Start-up problems named for whoever starts the server: one line with the cause and the fix, Swedish
// first and English second, and a non-zero exit; never a stack trace. Imports nothing that could itself
// fail on an old Node, so the version check can run first.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lowest Node that runs Objektnav: node:sqlite without a flag, as package.json's engines say. */
export const MIN_NODE = [24, 11] as const;

export class StartupError extends Error {
  constructor(sv: string, en: string) {
    super(`Objektnav kan inte starta: ${sv} (Objektnav cannot start: ${en})`);
    this.name = 'StartupError';
  }
}

/** The refusal for a Node older than MIN_NODE, or undefined when this Node will do. */
export function nodeVersionProblem(
  version: string = process.versions.node,
  execPath: string = process.execPath,
): StartupError | undefined {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = MIN_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  const need = `${needMajor}.${needMinor}`;
  return new StartupError(
    `den här Node-versionen är ${version} (${execPath}), men Objektnav behöver Node ${need} eller senare – starta med "npm start", som använder projektets Node 24, eller med node_modules/.bin/node dist/src/main.js.`,
    `this Node is ${version} (${execPath}) but Objektnav needs Node ${need} or later – start it with "npm start", which uses the project's pinned Node 24, or with node_modules/.bin/node dist/src/main.js.`,
  );
}

/** Why the server could not listen, as the operator can fix it. */
export function listenProblem(error: unknown, host: string, port: number): StartupError {
  const code = (error as { code?: string })?.code;
  const where = `${host}:${port}`;
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(
        `porten ${port} på ${host} används redan av ett annat program – stoppa det, eller välj en ledig port med PORT.`,
        `port ${port} on ${host} is already in use by another program – stop it, or choose a free port with PORT.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new StartupError(
        `det är inte tillåtet att lyssna på ${where} (${code}) – välj en port över 1023 med PORT, eller ge processen rätt att använda porten.`,
        `listening on ${where} is not permitted (${code}) – choose a port above 1023 with PORT, or give the process the right to use it.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(
        `adressen ${host} finns inte på den här datorn (${code}) – sätt HOST till 127.0.0.1, 0.0.0.0 eller en av datorns adresser.`,
        `the address ${host} is not one of this machine's (${code}) – set HOST to 127.0.0.1, 0.0.0.0 or one of its addresses.`,
      );
    default:
      return new StartupError(
        `servern kunde inte lyssna på ${where} (${describe(error)}) – kontrollera HOST och PORT.`,
        `the server could not listen on ${where} (${describe(error)}) – check HOST and PORT.`,
      );
  }
}

/** DATA_DIR must exist (or be creatable) and take a file: checked before the database is opened. */
export function checkDataDir(dir: string): void {
  const probe = join(dir, `.objektnav-write-check-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new StartupError(
      `datakatalogen ${dir} går inte att skriva i (${code}) – välj en skrivbar katalog med DATA_DIR, eller ge användaren som kör Objektnav skrivrätt där.`,
      `the data directory ${dir} cannot be written (${code}) – choose a writable directory with DATA_DIR, or give the user running Objektnav write access to it.`,
    );
  }
}

/** The database file could be created but not opened (locked, not a database, a newer schema). */
export function databaseProblem(error: unknown, path: string): StartupError {
  return new StartupError(
    `databasen ${path} kunde inte öppnas (${describe(error)}) – kontrollera att ingen annan process använder den och att filen är Objektnavs; flytta den annars undan och starta igen.`,
    `the database ${path} could not be opened (${describe(error)}) – check that no other process uses it and that it is Objektnav's; otherwise move it aside and start again.`,
  );
}

/** The innermost words of an error, without its stack. */
export function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const x = e as { name?: string; code?: string; errorCode?: string; message?: string; cause?: unknown };
    const text = [x.code ?? x.errorCode, x.message ?? String(e)].filter(Boolean).join(': ');
    if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    e = typeof e === 'object' ? x.cause : undefined;
  }
  return parts.join(' ← ').replace(/\s+/g, ' ').slice(0, 400);
}

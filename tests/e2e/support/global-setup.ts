import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../../scripts/bench/server.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4179);

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ on loopback for the whole run; one PID, stopped at teardown. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(`${root}/dist/index.html`)) throw new Error('dist/ is missing: run `npm run build` first');
  const server = await startPreview(root, E2E_PORT, 20_000);
  const baseUrl = server.url;
  project.provide('baseUrl', baseUrl);
  return server.stop;
}

/** Types for server.mjs, so the TypeScript e2e setup can share it with the bench. */
export function freePort(start?: number, tries?: number): Promise<number>;
export function startPreview(
  root: string,
  port: number,
  timeoutMs?: number,
): Promise<{ url: string; stop: () => void }>;

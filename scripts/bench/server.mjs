/** Serves dist/ with `vite preview` on a free loopback port; one child process, stopped by its PID. Shared by the bench and the e2e tests. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** The first port from `start` that nothing listens on, on 127.0.0.1 (not 4190: fetch and Chromium refuse it, ManageSieve). */
export async function freePort(start = 4280, tries = 20) {
  for (let port = start; port < start + tries; port += 1) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`bench: no free port in ${start}-${start + tries - 1}`);
}

/** Starts `vite preview` on 127.0.0.1:`port` and resolves once it answers (within `timeoutMs`). */
export async function startPreview(root, port, timeoutMs = 60_000) {
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}

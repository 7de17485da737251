import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /** Directory to serve files from (index.html for directories); omit to serve `routes` only. */
  root?: string;
  /** Headers added to every response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** In-memory pages by path ("/host.html"), served before files: [content type, body]. */
  routes?: Record<string, [string, string]>;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/** A tiny static file server on loopback, on a port the OS picks (so it never clashes). */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const requests: string[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const send = (status: number, type: string, body?: string): void => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...options.headers });
      response.end(body);
    };
    const route = options.routes?.[url.pathname];
    if (route) return send(200, route[0], route[1]);
    if (!options.root) return send(404, 'text/plain', 'not found');
    let path = normalize(join(options.root, decodeURIComponent(url.pathname)));
    if (
      path !== options.root &&
      !path.startsWith(options.root.endsWith(sep) ? options.root : options.root + sep)
    )
      return send(403, 'text/plain', 'forbidden');
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      return send(404, 'text/plain', 'not found');
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...options.headers,
    });
    createReadStream(path).pipe(response);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The policy the built site must run under (README, "Embedding"): nothing inline, nothing foreign. */
export const STRICT_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *";

import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};
const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();

/**
 * Built scripts and styles gzipped once and kept in memory (a few hundred KB at most): on a
 * slow rural connection the portal's JavaScript is a third of its size. Hashed assets never
 * change; the mtime check covers a rebuild while the server runs.
 */
function gzipAssets(dir: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const type = COMPRESSIBLE[path.extname(req.path)];
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!type || !acceptsGzip(req)) return next();
    const file = path.join(dir, path.normalize(decodeURIComponent(req.path)));
    if (!file.startsWith(dir + path.sep)) return next();
    const body = gzippedFile(file);
    if (!body) return next();
    res.setHeader('Content-Type', type);
    if (file.includes(`${path.sep}assets${path.sep}`))
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    sendGzipped(res, body);
  };
}

function acceptsGzip(req: Request): boolean {
  return /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
}

/** The file gzipped, from memory unless it changed on disk; undefined when it is not a file. */
function gzippedFile(file: string): Buffer | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  let entry = gzipped.get(file);
  if (entry?.mtimeMs !== stat.mtimeMs) {
    entry = { mtimeMs: stat.mtimeMs, body: gzipSync(fs.readFileSync(file), { level: 9 }) };
    gzipped.set(file, entry);
  }
  return entry.body;
}

function sendGzipped(res: Response, body: Buffer): void {
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Vary', 'Accept-Encoding');
  res.end(body);
}

function notBuilt(res: Response, name: string, dir: string): void {
  res
    .status(503)
    .type('html')
    .send(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Revolve: ${name} not built</title>` +
        `<body style="font-family:sans-serif;max-width:40em;margin:3em auto;line-height:1.5">` +
        `<h1>The ${name} has not been built yet</h1>` +
        `<p>Expected it in <code>${dir}</code>. Run <code>npm start</code> from the repository root ` +
        `(it builds everything), or <code>npm run build</code>, then reload this page.</p>` +
        `<p>The GraphQL API is up at <a href="/graphql">/graphql</a>.</p></body></html>`,
    );
}

/**
 * Serves a built single-page app at `mount`, falling back to its index.html for client-side
 * routes; a helpful page when it has not been built.
 */
export function serveSpa(app: Express, mount: string, dir: string, name: string): void {
  const index = path.join(dir, 'index.html');
  app.use(mount, gzipAssets(path.resolve(dir)));
  app.use(
    mount,
    express.static(dir, {
      index: false,
      setHeaders: (res, file) => {
        // Vite puts content hashes in asset names: cache them for good, never the HTML.
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  const fallback = (req: Request, res: Response) => {
    if (!fs.existsSync(index)) return notBuilt(res, name, dir);
    res.setHeader('Cache-Control', 'no-cache');
    // The page itself is on every first paint's critical path (inline styles and script): gzip it too.
    const body = acceptsGzip(req) ? gzippedFile(index) : undefined;
    if (!body) return res.sendFile(index);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Revalidation stays cheap: an unchanged page is a 304 without a body.
    const { mtimeMs, size } = fs.statSync(index);
    res.setHeader('ETag', `W/"gz-${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    sendGzipped(res, body);
  };
  const pattern =
    mount === '/' ? /^\/(?!graphql|healthz|admin(?:\/|$)).*/ : new RegExp(`^${mount}(?:/.*)?$`);
  app.get(pattern, fallback);
}

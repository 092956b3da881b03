import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Response } from 'express';

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
  const fallback = (_req: unknown, res: Response) => {
    if (!fs.existsSync(index)) return notBuilt(res, name, dir);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  const pattern =
    mount === '/' ? /^\/(?!graphql|healthz|admin(?:\/|$)).*/ : new RegExp(`^${mount}(?:/.*)?$`);
  app.get(pattern, fallback);
}

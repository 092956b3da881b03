import fs from 'node:fs';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { serveSpa } from './static-apps';

describe('built apps are served gzipped', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-static-'));
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  let url = '';
  let close = () => undefined as unknown;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets/app-123.js'), script);
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
    const app = express();
    serveSpa(app, '/', dir, 'portal');
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends scripts gzipped, cached for good, when the browser accepts gzip', async () => {
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve) => {
      request(`${url}/assets/app-123.js`, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['content-type']).toMatch(/javascript/);
    expect(raw.headers['cache-control']).toMatch(/immutable/);
    expect(raw.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(raw.body).toString()).toBe(script);
  });

  it('sends them plain to a client that does not accept gzip, and never escapes the folder', async () => {
    const { request } = await import('node:http');
    const get = (p: string) =>
      new Promise<{ status?: number; encoding?: string; body: string }>((resolve) => {
        request(`${url}${p}`, { headers: { 'accept-encoding': 'identity' } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () =>
            resolve({ status: res.statusCode, encoding: res.headers['content-encoding'], body }),
          );
        }).end();
      });
    const plain = await get('/assets/app-123.js');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body).toBe(script);
    const escape = await get('/assets/..%2f..%2f..%2fetc%2fpasswd.js');
    expect(escape.body).not.toContain('root:');
  });
});

describe('the single-page app itself', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-static-html-'));
  const html = `<!doctype html><title>t</title><style>${'.a{color:red}'.repeat(400)}</style>`;
  let url = '';
  let close = () => undefined as unknown;

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    const app = express();
    serveSpa(app, '/', dir, 'portal');
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = async (p: string, headers: Record<string, string>) => {
    const { request } = await import('node:http');
    return new Promise<{ status?: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve) => {
        request(`${url}${p}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        }).end();
      },
    );
  };

  it('is sent gzipped on every client-side route, never cached without asking', async () => {
    const page = await get('/schedule', { 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.length).toBeLessThan(html.length / 10);
    expect(gunzipSync(page.body).toString()).toBe(html);
  });

  it('answers an unchanged page with 304, and sends it plain without gzip', async () => {
    const first = await get('/', { 'accept-encoding': 'gzip' });
    const again = await get('/', {
      'accept-encoding': 'gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
  });
});

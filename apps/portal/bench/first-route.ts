import { gzipSync } from 'node:zlib';

/** Vite's build manifest (build.manifest: true), the parts we read. */
export type Manifest = Record<string, { file: string; name?: string; imports?: string[] }>;

/** The JavaScript index.html makes the browser fetch: its module scripts and modulepreloads. */
export function scriptsOfIndexHtml(html: string): string[] {
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url) files.add(url.replace(/^\//, ''));
  }
  return [...files];
}

/**
 * A lazily loaded module and everything it imports statically: what the browser fetches when
 * the router opens that screen. Throws when the source is not in the manifest, so a renamed
 * screen cannot silently drop out of the measurement.
 */
export function chunksOf(manifest: Manifest, source: string): string[] {
  if (!manifest[source]) throw new Error(`${source} is not in the Vite manifest`);
  const files = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry || files.has(entry.file)) return;
    files.add(entry.file);
    for (const next of entry.imports ?? []) visit(next);
  };
  visit(source);
  return [...files];
}

/**
 * The manifest key of the chunk a codeSplitting group made (vite.config.ts), e.g. "signed-in":
 * the screens merged into it are no longer manifest entries of their own. Throws when missing.
 */
export function groupChunk(manifest: Manifest, name: string): string {
  const key = Object.keys(manifest).find((k) => manifest[k]?.name === name && k.startsWith('_'));
  if (!key) throw new Error(`no "${name}" chunk in the Vite manifest`);
  return key;
}

/** The inline scripts of index.html (the early requests): JavaScript of the page itself. */
export function inlineScriptsOfIndexHtml(html: string): string {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/**
 * What the inline scripts add to the page as sent (gzipped as a whole, see the API's
 * static-apps.ts): the gzip size of index.html with them minus without them.
 */
export function inlineScriptsGzip(html: string): number {
  return gzipSize(html) - gzipSize(html.replace(/<script>[\s\S]*?<\/script>/g, ''));
}

export function gzipSize(content: Uint8Array | string): number {
  return gzipSync(content, { level: 9 }).length;
}

export interface Measured {
  file: string;
  gzip: number;
}

// 1000, as Vite prints sizes, so the figures here match its build output.
export const KB = 1000;

/** "12.3 KB" with one decimal, KB being 1000 bytes. */
export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

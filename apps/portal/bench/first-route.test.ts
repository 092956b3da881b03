import { gzipSync } from 'node:zlib';
import {
  chunksOf,
  groupChunk,
  gzipSize,
  inlineScriptsGzip,
  inlineScriptsOfIndexHtml,
  kb,
  scriptsOfIndexHtml,
} from './first-route';

describe('scriptsOfIndexHtml', () => {
  it('finds the module script and the modulepreloads, not styles or icons', () => {
    const html = `<link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-b.js">
      <link rel="stylesheet" href="/assets/index-c.css">
      <script>inline()</script>`;
    expect(scriptsOfIndexHtml(html)).toEqual(['assets/index-a.js', 'assets/react-b.js']);
  });
});

describe('inlineScriptsOfIndexHtml', () => {
  it('finds the inline scripts, not the module scripts', () => {
    const html = `<script>early()</script>
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <script>
        later()
      </script>`;
    expect(inlineScriptsOfIndexHtml(html).replace(/\s+/g, ' ')).toBe('early() later() ');
  });
});

describe('inlineScriptsGzip', () => {
  it('is what the inline scripts add to the gzipped page', () => {
    const page = `<title>t</title>${'<p>text</p>'.repeat(50)}`;
    const script = `<script>${'early();'.repeat(20)}var x=${JSON.stringify('q'.repeat(300))}</script>`;
    const added = inlineScriptsGzip(page + script);
    expect(added).toBe(gzipSize(page + script) - gzipSize(page));
    expect(added).toBeGreaterThan(0);
    expect(inlineScriptsGzip(page)).toBe(0);
  });
});

describe('groupChunk', () => {
  it('finds the chunk a codeSplitting group made, by its name', () => {
    const manifest = {
      'src/a.tsx': { file: 'assets/a.js', name: 'a' },
      '_signed-in-x.js': { file: 'assets/signed-in-x.js', name: 'signed-in' },
    };
    expect(groupChunk(manifest, 'signed-in')).toBe('_signed-in-x.js');
    expect(() => groupChunk(manifest, 'a')).toThrow('no "a" chunk');
  });
});

describe('chunksOf', () => {
  const manifest = {
    'src/a.tsx': { file: 'assets/a.js', imports: ['_shared.js', '_react.js'] },
    '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
    '_react.js': { file: 'assets/react.js' },
    'src/b.tsx': { file: 'assets/b.js' },
  };

  it('follows static imports once each', () => {
    expect(chunksOf(manifest, 'src/a.tsx')).toEqual([
      'assets/a.js',
      'assets/shared.js',
      'assets/react.js',
    ]);
  });

  it('refuses a source missing from the manifest', () => {
    expect(() => chunksOf(manifest, 'src/gone.tsx')).toThrow(
      'src/gone.tsx is not in the Vite manifest',
    );
  });
});

describe('gzipSize and kb', () => {
  it('measures gzip bytes and prints KB with one decimal', () => {
    const text = 'a'.repeat(5000);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipSize(text)).toBeLessThan(100);
    expect(kb(1500)).toBe('1.5 KB');
  });
});

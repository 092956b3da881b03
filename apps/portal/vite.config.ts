import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const api = 'http://localhost:4000';

// Libraries every screen needs, in chunks of their own: they change less often than the app,
// so a returning visitor keeps them cached across releases. Libraries only some screens use
// are left out on purpose, so that they stay in those screens' lazy chunks.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
  {
    name: 'router',
    test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
    priority: 3,
  },
  {
    name: 'apollo',
    test: /node_modules[\\/](@apollo|@wry|graphql|graphql-tag|optimism|rxjs|ts-invariant|@graphql-typed-document-node)[\\/]/,
    priority: 1,
  },
  // A group takes its modules' dependencies too (tslib, shared by intl-messageformat and Apollo):
  // i18n outranks Apollo so that they land in i18n, which the first route loads anyway;
  // otherwise the first route would pull the whole Apollo chunk in for tslib.
  {
    name: 'i18n',
    test: /node_modules[\\/](i18next|i18next-icu|react-i18next|intl-messageformat|@formatjs|tslib|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
    priority: 2,
  },
];

/**
 * Fewer round trips before the first paint on a slow connection: the small entry stylesheet
 * goes inline (no render-blocking request), and the default language's messages (az), which
 * the app waits for before it renders, are preloaded with the scripts instead of after them.
 */
function firstPaint(): Plugin {
  return {
    name: 'revolve-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        let out = html.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            return `<style>${String(asset.source)}</style>`;
          },
        );
        const az = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/locales/az.json'),
        );
        if (az) {
          out = out.replace(
            '</head>',
            `  <link rel="modulepreload" crossorigin href="/${az.fileName}">\n  </head>`,
          );
        }
        return out;
      },
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), firstPaint()],
  // resolve.conditions replaces Vite's defaults: keep them, and read workspace packages from source.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { proxy: { '/graphql': api } },
  preview: { proxy: { '/graphql': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // bench/bundle-size.ts reads it to find what each screen loads.
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
});

import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin, type Rollup } from 'vite';
import { earlyScript, type EarlyScreen, entryLoader } from './src/early/early-script';

const api = 'http://localhost:4000';

const SIGNED_IN_MODULES = [
  /[\\/]portal[\\/]src[\\/](signed-in[\\/]signed-in-(shell|nav)\.tsx|home[\\/]|loans[\\/]|case-manager[\\/]|intl-locale\.ts|apollo-client\.ts|early[\\/]early-loans\.ts)/,
  /[\\/]ui[\\/]src[\\/](format-money|money-text|format-date|date-text|azerbaijani-fallback|status-badge|empty-state)\.tsx?$/,
  /[\\/]domain[\\/]src[\\/](errors|money|parse-money|format-money)\.ts$/,
];

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
  // The signed-in shell with home, the loan and case-manager pieces and the money and date
  // components only they use: one request instead of ten small ones on a signed-in visitor's
  // first screen (each costs a round trip on a slow line). Not session-gate.tsx nor screens.tsx,
  // nor anything sign-in uses: the entry and the first route would pull the whole chunk in.
  {
    name: 'signed-in',
    test: (id: string) => SIGNED_IN_MODULES.some((pattern) => pattern.test(id)),
    priority: 0,
    // Only these modules: the UI pieces they share with sign-in stay where sign-in finds them.
    includeDependenciesRecursively: false,
  },
  // The page frame and error state sign-in and the signed-in screens share: one small chunk.
  {
    name: 'shared-ui',
    test: /[\\/]ui[\\/]src[\\/](page|error-state|button)\.tsx$/,
    priority: 0,
    includeDependenciesRecursively: false,
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

// The signed-in screens, by path, and the module each opens with; home and schedule show loans.
const SIGNED_IN_SCREENS = [
  { path: '/', module: '/src/home/home-page.tsx', loans: true },
  { path: '/schedule', module: '/src/schedule/schedule-page.tsx', loans: true },
  { path: '/courses', module: '/src/courses/courses-page.tsx', loans: false },
  { path: '/my-data', module: '/src/my-data/my-data-page.tsx', loans: false },
];

/**
 * For index.html's early requests (src/early/early-script.ts): per signed-in screen, the files
 * the signed-in shell and the screen load beyond the entry's own (static imports; stylesheets
 * are inline, see main.tsx).
 */
function earlyScreens(bundle: Rollup.OutputBundle): Record<string, EarlyScreen> {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: Rollup.OutputChunk | undefined, into = new Set<string>()) => {
    const visit = (chunk: Rollup.OutputChunk | undefined) => {
      if (!chunk || into.has(chunk.fileName)) return;
      into.add(chunk.fileName);
      for (const file of chunk.imports) visit(byFile.get(file));
    };
    visit(start);
    return into;
  };
  const bySource = (end: string) => {
    const chunk = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(end)));
    if (!chunk) throw new Error(`no chunk for ${end}: update SIGNED_IN_SCREENS`);
    return chunk;
  };
  const entry = closure(chunks.find((c) => c.isEntry));
  const screens: Record<string, EarlyScreen> = {};
  for (const { path, module, loans } of SIGNED_IN_SCREENS) {
    const files = closure(
      bySource(module),
      closure(bySource('/src/signed-in/signed-in-shell.tsx')),
    );
    screens[path] = { loans, files: [...files].filter((file) => !entry.has(file)) };
  }
  return screens;
}

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
        // The entry is preloaded and started by the inline script (early/early-script.ts), which
        // also makes the early requests.
        out = out.replace(
          /<script type="module" crossorigin src="\/([^"]+)"><\/script>/,
          (_tag, entry: string) =>
            `<script>${entryLoader(entry)}${earlyScript(earlyScreens(bundle))}</script>\n` +
            `    <link rel="modulepreload" crossorigin href="/${entry}">`,
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
    // Every browser the portal supports preloads modules itself (Chrome/Android since 66): the
    // polyfill would only cost the first route 0.5 KB.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
});

import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

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
    test: /node_modules[\\/](@apollo|@wry|graphql|graphql-tag|optimism|rxjs|tslib|ts-invariant|@graphql-typed-document-node)[\\/]/,
    priority: 2,
  },
  {
    name: 'i18n',
    test: /node_modules[\\/](i18next|i18next-icu|react-i18next|intl-messageformat|@formatjs|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
    priority: 1,
  },
];

export default defineConfig({
  // The API serves this build under /admin; the router uses the same basename.
  base: '/admin/',
  plugins: [react()],
  // resolve.conditions replaces Vite's defaults: keep them, and read workspace packages from source.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // The CSV downloads (/export/...) come from the API too.
  server: { proxy: { '/graphql': api, '/export': api } },
  preview: { proxy: { '/graphql': api, '/export': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
      // GraphiQL's files start with "use no memo" (a React Compiler hint with no meaning in a
      // bundle): dropping it is expected, and the dozens of warnings would hide real ones.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});

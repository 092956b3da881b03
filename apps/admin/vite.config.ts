import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://localhost:4000';

export default defineConfig({
  // The API serves this build under /admin; the router uses the same basename.
  base: '/admin/',
  plugins: [react()],
  // resolve.conditions replaces Vite's defaults: keep them, and read workspace packages from source.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { proxy: { '/graphql': api } },
  preview: { proxy: { '/graphql': api } },
  build: { outDir: 'dist', emptyOutDir: true },
});

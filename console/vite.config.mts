/**
 * The reviewer console: built into dist/console, which the API serves at /console. The console
 * imports the domain's reason codes directly, so the forms offer exactly what the API accepts.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/console/',
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../dist/console', import.meta.url)), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});

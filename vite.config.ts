import { defineConfig } from 'vite';

// The web UI (src/web) is built into dist/web, which `triangulate serve` serves. No inline scripts or styles,
// so the server's Content-Security-Policy can stay strict.
export default defineConfig({
  root: 'src/web',
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
});

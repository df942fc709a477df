import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';

// In development the API runs as its own process; in production the server serves dist/ and /api on
// one port, so the app only ever uses relative /api URLs. TAVAZON_API_PROXY points the dev proxy elsewhere.
const apiTarget = process.env.TAVAZON_API_PROXY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  // Absolute asset URLs: the server answers every page's path (/county/…, /project/…) with index.html, whose
  // scripts must load from /assets/ whatever the path.
  base: '/',
  plugins: [react(), precompress()],
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  build: {
    // maplibre-gl and deck.gl are large by nature (~1 MB each minified); the warning would only repeat that.
    chunkSizeWarningLimit: 2500,
  },
});

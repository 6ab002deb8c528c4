import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (npm start) runs on 3000; in development Vite serves the app on 5173 and passes
// API and identity provider calls through, so cookies stay first-party.
const api = 'http://localhost:3000';

export default defineConfig({
  root: decodeURIComponent(new URL('.', import.meta.url).pathname),
  base: '/',
  plugins: [react()],
  // The one lib the web app shares with the API: pure rules (ADR 0019).
  resolve: {
    alias: {
      '@schakel/regels': decodeURIComponent(
        new URL('../../libs/regels/src/index.ts', import.meta.url).pathname,
      ),
    },
  },
  // React, React Router and the Utrecht components make one ~165 kB (gzip) bundle; fine here.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 700 },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': api, '/dev-idp': api },
  },
});

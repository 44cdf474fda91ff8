import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// During `npm run dev` the API and the SignalR hub are served by VaDrafting.Server.
const serverUrl = process.env.VA_SERVER_URL ?? 'http://127.0.0.1:5000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    // Keep every asset a file: a strict CSP allows `data:` images only.
    assetsInlineLimit: 0,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: serverUrl, changeOrigin: false },
      '/hubs': { target: serverUrl, ws: true, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});

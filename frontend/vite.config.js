import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Built by Maven into the jar's static resources; `npm run dev` proxies the API to a running app.
export default defineConfig({
  build: {
    outDir: resolve(__dirname, '../target/classes/static'),
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        main: resolve(__dirname, 'index.html'),
        answer: resolve(__dirname, 'answer.html'),
      },
    },
  },
  server: {
    // The form dictionaries live beside the forms in ../bpmn/i18n.
    fs: { allow: ['..'] },
    proxy: { '/api': 'http://localhost:8080', '/login': 'http://localhost:8080', '/logout': 'http://localhost:8080' },
  },
});

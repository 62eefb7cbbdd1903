// The Astro shell. The atlas itself is made by the pure pipeline in src/pipeline; Astro only
// renders it. STATLAS_OUT_DIR lets scripts/build.ts build into a temporary folder and swap it
// into place, so a failed build never leaves half a site.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.STATLAS_OUT_DIR || './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
    // Source maps would publish the pipeline's source, not data; still, keep output minimal.
    logLevel: 'warn',
  },
});

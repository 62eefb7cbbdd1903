// The Astro shell. The atlas itself is made by the pure pipeline in src/pipeline; Astro only
// renders it. STATLAS_OUT_DIR lets scripts/build.ts build into a temporary folder and swap it
// into place, so a failed build never leaves half a site.
import { defineConfig } from 'astro/config';
import { dataFiles } from './src/integrations/data-files.ts';

export default defineConfig({
  outDir: process.env.STATLAS_OUT_DIR || './dist',
  // A cache folder per build (scripts/build.ts), so builds running at once do not collide.
  ...(process.env.STATLAS_CACHE_DIR ? { cacheDir: process.env.STATLAS_CACHE_DIR } : {}),
  // Render a few pages at once, so one page's file write overlaps the next page's render.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  integrations: [dataFiles()],
  prefetch: false,
  vite: {
    ...(process.env.STATLAS_CACHE_DIR ? { cacheDir: `${process.env.STATLAS_CACHE_DIR}/vite` } : {}),
    build: { chunkSizeWarningLimit: 1200 },
    // Source maps would publish the pipeline's source, not data; still, keep output minimal.
    logLevel: 'warn',
  },
});

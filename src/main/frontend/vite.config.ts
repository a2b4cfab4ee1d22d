import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The Utrecht React components set `Component.displayName = '…'` at the top level of their modules. To a bundler that
 * is a side effect, so every component of the library would end up in the bundle. The names only serve React
 * DevTools; dropping them in the production build lets unused components be left out (about 175 kB).
 */
function dropUtrechtDisplayNames(): Plugin {
  return {
    name: 'drop-utrecht-display-names',
    apply: 'build',
    transform: {
      filter: { id: /node_modules\/@utrecht\/.*\.mjs$/ },
      handler(code) {
        return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"]*\1;$/gm, ''), map: null };
      },
    },
  };
}

const backend = 'http://localhost:9080';

// The Maven WAR plugin copies dist/ into the WAR root, so Liberty serves index.html and login.html at /.
export default defineConfig({
  plugins: [react(), dropUtrechtDisplayNames()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // autoRewrite: the container's login redirects name its own host and port; keep the browser on the dev server.
    proxy: {
      '/api': backend,
      // Only /login itself: /login.html is served from public/ by the dev server.
      '^/login$': { target: backend, autoRewrite: true },
      '/j_security_check': { target: backend, autoRewrite: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});

// First of all: before any schema is built (the server's CSP allows no eval; see the module).
import '@tavazon/contract/parseWithoutEval';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './app/router.tsx';
import { ApiError } from './shared/api/fetchJson.ts';
// MapLibre's own styles first, in the entry although its code loads later: our map rules (map.css) must
// come after them to win. Shell styles last: their media queries adapt the panel and map rules.
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/panel.css';
import './features/map/map.css';
import './features/analysis/analysis.css';
import './features/auth/auth.css';
import './features/regions/regions.css';
import './features/indicators/periods.css';
import './app/app.css';
import './app/access.css';
import './app/phone.css';
import { LanguageProvider } from './features/i18n/LanguageProvider.tsx';
import { loadFonts } from './features/map/fonts.ts';
import { warmUpMapEngine } from './features/map/warmUp.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not fix itself; only retry what may be passing (network, 5xx).
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// The map engine's code and worker first: with the counties they are what the first draw waits for.
warmUpMapEngine();
// Start fetching the font files at once; the map waits for them before drawing labels.
void loadFonts().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <LanguageProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LanguageProvider>
  </StrictMode>,
);

import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers of every response (API and web app). The CSP allows no inline script and nothing from
 * another origin: the web app is one module script, MapLibre's worker is a file of our own build, the
 * fonts are bundled. `blob:` for workers and images: MapLibre may start its worker from a blob URL, and
 * the PNG export draws the map from one. Styles: 'unsafe-inline' is NOT needed for React's `style={…}`
 * (set through the DOM, which CSP does not govern), so style-src stays 'self' — see
 * tests/browser/csp.test.ts, which loads the app and fails on any violation.
 */
export const securityHeaders = () =>
  secureHeaders({
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'same-origin',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
  });

import { z } from 'zod';

// Imported for its effect, first of all (web/src/main.tsx), so that zod never compiles code. zod
// compiles object parsers with `new Function` when it may, and decides so while constructing each schema,
// by trying one: under the server's Content-Security-Policy (no 'unsafe-eval') that probe is a reported
// violation. Jitless parsing is slower but ample for the bodies the web checks; the server keeps the JIT.
z.config({ jitless: true });

// `npm run web`: serves the built renderer (dist/renderer) on http://127.0.0.1:${PORT:-5173} for any
// browser, with the same CSP as the Electron app. Loopback only; static files only.
import { serveRenderer } from './static-server';

const port = Number(process.env.PORT ?? 5173);
const server = await serveRenderer({ port });
console.log(`Earshot is running at ${server.url}  (Ctrl+C to stop)`);

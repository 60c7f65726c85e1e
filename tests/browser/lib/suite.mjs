// The server and the browser a test file shares: started before its first test, stopped
// after its last, so each file starts from a fresh demo database.
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { launch } from './browser.mjs';

/**
 * Registers the file's hooks; the object returned holds `server` and `browser` once
 * started. `options` go to `startServer` (e.g. `env(port)` for extra settings).
 */
export function serverAndBrowser(options = {}) {
  const env = {};
  before(async () => {
    env.server = await startServer(options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

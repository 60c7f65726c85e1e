// Start a throwaway Workvoice server (`workvoice serve --demo`) for one test file.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { createWriteStream, existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const STARTUP_TIMEOUT_MS = 120_000;

/** A free TCP port on 127.0.0.1 (listen on 0, read the port, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function readLog(file) {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '(no server log)';
  }
}

/**
 * Start `$WORKVOICE_BIN serve --demo --data-dir DIR --listen 127.0.0.1:PORT`.
 * `options.env(port)` may add environment variables (settings) that need the port.
 * Returns { baseUrl, port, dataDir, env, logFile, logTail(), stop() }; `env` is the
 * server's environment, for running other `workvoice` commands on its data folder.
 * baseUrl uses "localhost": the session cookie is Secure, and Chromium treats
 * http://localhost (but not http://127.0.0.1) as a secure origin.
 */
export async function startServer(options = {}) {
  const bin = process.env.WORKVOICE_BIN;
  if (!bin) throw new Error('WORKVOICE_BIN is not set (path of the workvoice binary; scripts/test sets it)');
  if (!existsSync(bin)) throw new Error(`WORKVOICE_BIN=${bin} does not exist (run: cargo build -p workvoice)`);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'workvoice-browser-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const log = createWriteStream(logFile);
  await new Promise((resolve) => log.on('open', resolve));

  const port = await freePort();
  const args = ['serve', '--demo', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`];
  const env = { ...process.env, ...(options.env?.(port) ?? {}) };
  const child = spawn(bin, args, {
    env,
    stdio: ['ignore', log, log],
  });
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.on('error', (err) => {
      exited = { error: err };
      resolve(exited);
    });
  });

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitPromise;
      clearTimeout(timer);
    }
    log.end();
    await rm(dir, { recursive: true, force: true });
  };

  // Poll /healthz (on 127.0.0.1, so that node's resolver does not matter).
  const healthUrl = `http://127.0.0.1:${port}/healthz`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastError = 'no answer yet';
  for (;;) {
    if (exited) {
      lastError = `server exited early: ${JSON.stringify(exited, (k, v) => (v instanceof Error ? v.message : v))}`;
      break;
    }
    try {
      const res = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) {
        const baseUrl = `http://localhost:${port}`;
        return {
          baseUrl,
          port,
          dataDir,
          env,
          logFile,
          logTail: async (n = 60) => (await readLog(logFile)).split('\n').slice(-n).join('\n'),
          stop,
        };
      }
      lastError = `GET /healthz answered ${res.status}`;
    } catch (err) {
      lastError = `GET /healthz failed: ${err.cause?.code ?? err.message}`;
    }
    if (Date.now() > deadline) break;
    await sleep(250);
  }

  const text = await readLog(logFile);
  console.error(`--- workvoice server did not start (${lastError})`);
  console.error(`--- command: ${bin} ${args.join(' ')}`);
  console.error(`--- server output (${logFile}):\n${text}\n--- end of server output`);
  await stop();
  throw new Error(`workvoice server did not start: ${lastError}`);
}

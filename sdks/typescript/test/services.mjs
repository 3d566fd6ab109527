// Starts the real service jars of ../services.conf on 127.0.0.1 (no mocks) and mints a key on each.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SDKS = fileURLToPath(new URL('../..', import.meta.url));
export const ROOT = join(SDKS, '..');
const ADMIN_KEY = 'sdk-tests-admin-key-0123456789abcdef';
// observability keeps 15 days by default: the seed's sample of 2025-01-21 must still be inside retention
const EXTRA_ENV = { observability: { METRICS_RETENTION: '3650d' } };

export function configuredServices() {
  return readFileSync(join(SDKS, 'services.conf'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
    .filter((w) => w[0])
    .map(([name, module]) => ({ name, module: module ?? name }));
}

export const envName = (service) => `ENIS_${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;

// PORT=0 lets each service pick its own port, so no other process can take it between our choice and its
// bind (a port "free a moment ago" can); the kit logs the bound port at INFO.
const LISTENING = /listening on 127\.0\.0\.1:(\d+)/;

export async function startServices() {
  const work = mkdtempSync(join(tmpdir(), 'enis-sdk-ts-'));
  const running = {};
  for (const { name, module } of configuredServices()) {
    const jar = join(ROOT, 'services', module, 'target', `enis-${name}.jar`);
    if (!existsSync(jar)) throw new Error(`${jar} not found: run sdks/test.sh (it builds the jars)`);
    const data = join(work, name);
    mkdirSync(data);
    const log = openSync(join(data, 'service.log'), 'w');
    const proc = spawn('java', ['-jar', jar], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME ?? data, HOST: '127.0.0.1', PORT: '0', DATA_DIR: data,
        LOG_LEVEL: 'INFO', ENIS_ADMIN_API_KEY: ADMIN_KEY, ...(EXTRA_ENV[name] ?? {}) },
      stdio: ['ignore', log, log],
    });
    running[name] = { name, url: undefined, proc, log: join(data, 'service.log') };
  }
  for (const s of Object.values(running)) await awaitReady(s);
  for (const s of Object.values(running)) {
    s.admin = (method, path, body) => admin(s, method, path, body);
    s.mintKey = (name, rateLimitPerMinute) => mintKey(s, name, rateLimitPerMinute);
    s.key = await s.mintKey('sdk-typescript-tests');
  }
  return running;
}

async function awaitReady(s) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && s.proc.exitCode === null && s.url === undefined) {
    const bound = LISTENING.exec(readFileSync(s.log, 'utf8'));
    if (bound) s.url = `http://127.0.0.1:${bound[1]}`;
    else await new Promise((r) => setTimeout(r, 100));
  }
  while (s.url !== undefined && Date.now() < deadline && s.proc.exitCode === null) {
    try {
      if ((await fetch(`${s.url}/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${s.name} did not start:\n${readFileSync(s.log, 'utf8').slice(-2000)}`);
}

async function admin(s, method, path, body) {
  const response = await fetch(s.url + path, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_KEY}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function mintKey(s, name, rateLimitPerMinute) {
  const scopes = (await admin(s, 'GET', '/openapi.json')).components.schemas.Scope.enum.filter((x) => x !== 'keys:admin');
  return (await admin(s, 'POST', '/v1/admin/keys', { name, scopes, ...(rateLimitPerMinute ? { rateLimitPerMinute } : {}) })).key;
}

export async function stopServices(running) {
  await Promise.all(
    Object.values(running ?? {}).map(
      (s) =>
        new Promise((resolve) => {
          if (s.proc.exitCode !== null) return resolve();
          const timer = setTimeout(() => s.proc.kill('SIGKILL'), 30_000);
          s.proc.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          s.proc.kill('SIGTERM');
        }),
    ),
  );
}

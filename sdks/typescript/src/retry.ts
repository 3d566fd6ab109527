import { InvalidArgumentError, retryAfterSeconds } from './errors.js';
import { checkSchema, type Schema } from './schema.js';

/**
 * Retries: at most maxRetries more attempts on 429, 500, 502, 503, 504 and connection errors, waiting
 * baseDelayMs * 2^attempt (capped at maxDelayMs) times a random factor in [0, 1) (full jitter), or what
 * Retry-After says; no retry starts when the time spent plus the wait would pass budgetMs.
 */
export interface RetryPolicy {
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  budgetMs?: number;
}

export const DEFAULT_RETRY: Required<RetryPolicy> = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 5000, budgetMs: 30000 };

const RETRIED = new Set([429, 500, 502, 503, 504]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fetch that checks a JSON body against its operation's schema (InvalidArgumentError, nothing sent),
 * adds an Idempotency-Key to the operations that declare one (the same key on every retry), retries as
 * the policy says and aborts each attempt after timeoutMs.
 */
export function retryingFetch(
  policy: RetryPolicy,
  timeoutMs: number,
  idempotent: readonly (readonly [string, RegExp])[],
  inner: typeof fetch = globalThis.fetch,
  bodies: readonly (readonly [string, RegExp, string, Schema])[] = [],
): typeof fetch {
  const p = { ...DEFAULT_RETRY, ...policy };
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const body = bodies.find(([m, re, ct]) => m === request.method && re.test(path) && ct === contentType);
    if (body && request.body) {
      const text = await request.clone().text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new InvalidArgumentError('body', 'is not JSON');
      }
      checkSchema(body[3], parsed);
    }
    if (!request.headers.has('idempotency-key') && idempotent.some(([m, re]) => m === request.method && re.test(path))) {
      const headers = new Headers(request.headers);
      headers.set('Idempotency-Key', crypto.randomUUID());
      request = new Request(request, { headers });
    }
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const signals = [AbortSignal.timeout(timeoutMs), ...(request.signal ? [request.signal] : [])];
      let wait: number;
      try {
        const response = await inner(request.clone(), { signal: AbortSignal.any(signals) });
        if (!RETRIED.has(response.status) || attempt >= p.maxRetries) return response;
        const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
        wait = retryAfter !== undefined ? retryAfter * 1000 : jitter(p, attempt);
        if (Date.now() - started + wait > p.budgetMs) return response;
        await response.body?.cancel();
      } catch (error) {
        if (request.signal?.aborted) throw error;
        wait = jitter(p, attempt);
        if (attempt >= p.maxRetries || Date.now() - started + wait > p.budgetMs) throw error;
      }
      await sleep(wait);
    }
  };
}

function jitter(p: Required<RetryPolicy>, attempt: number): number {
  return Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** attempt) * Math.random();
}

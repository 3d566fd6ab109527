import { ApiError, ConnectionError, EnisError } from './errors.js';
import { retryingFetch, type RetryPolicy } from './retry.js';
import { SERVICES, VERSION } from './services.gen.js';

/** The production endpoint; ENIS_<SERVICE>_URL or the baseUrl option override it per service. */
export const DEFAULT_BASE_URL = 'https://cloud.enis.com';

export type ServiceName = keyof typeof SERVICES;

export interface ClientOptions {
  /** default: ENIS_<SERVICE>_URL, else https://cloud.enis.com */
  baseUrl?: string;
  /** per attempt; default 10 000 ms */
  timeoutMs?: number;
  /** default: 3 retries, 200 ms base, 5 s cap, 30 s budget */
  retry?: RetryPolicy;
  /** X-Scope-OrgID; default: the service's default tenant */
  tenant?: string;
  /** the fetch to use; default globalThis.fetch */
  fetch?: typeof fetch;
}

const env = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];

/** What every service client shares: base URL, API key, retries, timeouts, typed errors, pagination. */
export class ServiceClient<S extends ServiceName = ServiceName> {
  readonly baseUrl: string;
  /** The generated client (@hey-api/openapi-ts), configured like this one: pass it as `client` to the
   *  generated operations of `api`, or use call(). */
  readonly client: ReturnType<(typeof SERVICES)[S]['createClient']>;
  /** The generated operations of this service. */
  readonly api: (typeof SERVICES)[S]['api'];
  protected readonly fetch: typeof fetch;
  private readonly headers: Record<string, string>;

  constructor(readonly service: S, apiKey?: string, options: ClientOptions = {}) {
    const info = SERVICES[service];
    if (!info) throw new EnisError(`unknown service ${String(service)}; the SDK covers ${Object.keys(SERVICES).join(', ')}`);
    const key = apiKey ?? env('ENIS_API_KEY');
    if (!key) throw new EnisError(`no API key: pass one or set ENIS_API_KEY (${service})`);
    this.baseUrl = (options.baseUrl ?? env(info.env) ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.fetch = retryingFetch(options.retry ?? {}, options.timeoutMs ?? 10_000, info.idempotent, options.fetch ?? globalThis.fetch, info.bodies);
    this.headers = { Authorization: `Bearer ${key}` };
    if (options.tenant) this.headers['X-Scope-OrgID'] = options.tenant;
    if (typeof window === 'undefined') this.headers['User-Agent'] = `enis-cloud-infrastructure-typescript/${VERSION}`;
    this.api = info.api as (typeof SERVICES)[S]['api'];
    this.client = info.createClient({ baseUrl: this.baseUrl, fetch: this.fetch, headers: this.headers, auth: key }) as never;
  }

  /** A generated operation called on this client: its data, or the typed error. */
  async call<T>(
    operation: (options: never) => Promise<{ data?: T; error?: unknown; response?: Response }>,
    options: Record<string, unknown> = {},
  ): Promise<T> {
    let result: { data?: T; error?: unknown; response?: Response };
    try {
      result = await (operation as (o: unknown) => Promise<typeof result>)({ ...options, client: this.client, throwOnError: false });
    } catch (error) {
      if (error instanceof EnisError) throw error;
      throw new ConnectionError(`${this.service}: ${(error as Error).message}`, error);
    }
    if (result.error instanceof EnisError) throw result.error;
    if (!result.response) throw new ConnectionError(`${this.service}: ${String(result.error)}`, result.error);
    if (!result.response.ok) throw await ApiError.fromResponse(result.response, result.error);
    return result.data as T;
  }

  /** Any operation by method and path: the JSON answer, or the typed error. */
  async request<T = Record<string, any>>(
    method: string,
    path: string,
    options: { body?: unknown; query?: Record<string, string>; headers?: Record<string, string>; contentType?: string } = {},
  ): Promise<T> {
    const url = new URL(this.baseUrl + path);
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { ...this.headers, ...options.headers };
    if (options.body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
    let response: Response;
    try {
      response = await this.fetch(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch (error) {
      if (error instanceof EnisError) throw error;
      throw new ConnectionError(`${method} ${url}: ${(error as Error).message}`, error);
    }
    if (!response.ok) throw await ApiError.fromResponse(response);
    const text = await response.text();
    return (text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text) as T;
  }

  /** Every item of a cursor-paginated list: fetchPage(cursor) returns one page (cursor undefined first);
   *  its `items` list is yielded and its `cursor` member (default next_cursor) fetches the next until absent. */
  async *paginate<T>(
    fetchPage: (cursor: string | undefined) => Promise<Record<string, unknown>>,
    items: string,
    cursor = 'next_cursor',
  ): AsyncGenerator<T> {
    let next: string | undefined;
    do {
      const page = await fetchPage(next);
      yield* ((page[items] as T[] | undefined) ?? []);
      next = (page[cursor] as string | undefined) || undefined;
    } while (next);
  }
}

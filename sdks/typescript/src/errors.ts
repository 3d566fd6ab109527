/** Every error the SDK throws is an EnisError. */
export class EnisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** An argument the service's schema refuses; thrown before any request is sent. */
export class InvalidArgumentError extends EnisError {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
  }
}

/** The service could not be reached (after the retries the budget allowed). */
export class ConnectionError extends EnisError {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
  }
}

export interface FieldError {
  field?: string;
  message?: string;
}

/** An RFC 9457 problem (application/problem+json) as the services send it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** The service answered with an error status: the problem it sent, member by member. */
export class ApiError extends EnisError {
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors: FieldError[];

  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    /** seconds, from a Retry-After header (429, 503) */
    readonly retryAfter?: number,
  ) {
    const p = problem ?? ({} as Partial<Problem>);
    const title = p.title ?? `HTTP ${status}`;
    const fields = (p.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    super(`${status} ${title}${p.detail ? `: ${p.detail}` : ''}${fields ? ` (${fields})` : ''}`);
    this.type = p.type ?? 'about:blank';
    this.title = title;
    this.detail = p.detail;
    this.instance = p.instance;
    this.requestId = p.requestId;
    this.errors = Array.isArray(p.errors) ? p.errors : [];
  }

  static async fromResponse(response: Response, body?: unknown): Promise<ApiError> {
    let problem: Problem | undefined;
    if (body !== undefined && body !== null && typeof body === 'object') {
      problem = body as Problem;
    } else {
      try {
        const parsed = JSON.parse(await response.clone().text());
        if (parsed && typeof parsed === 'object') problem = parsed as Problem;
      } catch {
        // not JSON: no problem document
      }
    }
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
    return response.status === 429
      ? new RateLimitedError(response.status, problem, retryAfter)
      : new ApiError(response.status, problem, retryAfter);
  }
}

/** 429 once the retry budget is spent; retryAfter says when the service takes requests again. */
export class RateLimitedError extends ApiError {}

/** Retry-After as seconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const when = Date.parse(trimmed);
  return Number.isNaN(when) ? undefined : Math.max(0, (when - Date.now()) / 1000);
}

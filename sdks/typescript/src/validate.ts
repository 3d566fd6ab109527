import { InvalidArgumentError } from './errors.js';

/** observability's Sample.name */
export const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function metric(m: { name: unknown; value: unknown; labels?: unknown; timestamp?: unknown }): void {
  if (typeof m.name !== 'string' || !METRIC_NAME.test(m.name)) throw new InvalidArgumentError('name', `must match ${METRIC_NAME.source}`);
  if (typeof m.value !== 'number' || !Number.isFinite(m.value)) throw new InvalidArgumentError('value', 'must be a finite number');
  if (m.labels !== undefined && (typeof m.labels !== 'object' || m.labels === null
      || !Object.values(m.labels).every((v) => typeof v === 'string'))) {
    throw new InvalidArgumentError('labels', 'must map strings to strings');
  }
  dateTime('timestamp', m.timestamp);
}

export function dateTime(field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(field, 'must be an RFC 3339 date-time such as 2025-01-21T10:00:00Z');
  }
}

export function text(field: string, value: unknown, max = 1024): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw new InvalidArgumentError(field, `must be a non-empty string of at most ${max} characters`);
  }
  return value;
}

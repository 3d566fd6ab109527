/**
 * ENIS Cloud client SDK: clients of the ENIS Cloud services, generated from their OpenAPI documents
 * (@hey-api/openapi-ts) under a thin hand-written layer (base URL and key, retries, idempotency keys,
 * typed errors, pagination).
 */
import { ServiceClient, type ClientOptions } from './base.js';
import type { PostV1MetricsCollectResponse, Sample } from './generated/observability/types.gen.js';
import type { PublishResult } from './generated/cloud-bus/types.gen.js';
import type { Dashboard, DashboardRequest as ScorecardDashboardRequest } from './generated/scorecard/types.gen.js';
import * as validate from './validate.js';

export { DEFAULT_BASE_URL, ServiceClient, type ClientOptions, type ServiceName } from './base.js';
export { ApiError, ConnectionError, EnisError, InvalidArgumentError, RateLimitedError, type FieldError, type Problem } from './errors.js';
export { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
export { checkSchema, schemaErrors, type Schema } from './schema.js';
export { SERVICES, VERSION } from './services.gen.js';
export * from './clients.gen.js';

export interface MetricRequest {
  name: string;
  value: number;
  labels?: Record<string, string>;
  /** RFC 3339; default: now */
  timestamp?: string;
}

/** Observability (metrics, traces, alerts). ENIS_OBSERVABILITY_URL overrides the base URL. */
export class ObservabilityClient extends ServiceClient<'observability'> {
  constructor(apiKey?: string, options?: ClientOptions) {
    super('observability', apiKey, options);
  }

  /** POST /v1/metrics/collect with one sample; the answer's id names the stored write. */
  async sendMetric(metric: MetricRequest): Promise<PostV1MetricsCollectResponse> {
    validate.metric(metric);
    return this.call(this.api.postV1MetricsCollect, { body: metric satisfies Sample });
  }

  /** GET /v1/metrics/query (instant PromQL query). */
  async query(query: string, time?: string): Promise<Record<string, any>> {
    return this.call(this.api.getV1MetricsQuery, { query: { query, ...(time ? { time } : {}) } });
  }
}

export interface CloudEventInput {
  type: string;
  source: string;
  data?: unknown;
  id?: string;
  subject?: string;
  time?: string;
}

/** Cloud-bus (CloudEvents routing). ENIS_CLOUD_BUS_URL overrides the base URL. */
export class CloudBusClient extends ServiceClient<'cloud-bus'> {
  constructor(apiKey?: string, options?: ClientOptions) {
    super('cloud-bus', apiKey, options);
  }

  /** Publishes one structured CloudEvent (to bus, else the default bus); an Idempotency-Key is sent
   *  automatically (the same on every retry) unless given. */
  async publishEvent(event: CloudEventInput, options: { bus?: string; idempotencyKey?: string } = {}): Promise<PublishResult> {
    validate.text('type', event.type);
    validate.text('source', event.source);
    validate.dateTime('time', event.time);
    const body = {
      specversion: '1.0',
      id: event.id ?? crypto.randomUUID(),
      source: event.source,
      type: event.type,
      ...(event.subject !== undefined ? { subject: validate.text('subject', event.subject) } : {}),
      ...(event.time !== undefined ? { time: event.time } : {}),
      ...(event.data !== undefined ? { datacontenttype: 'application/json', data: event.data } : {}),
    };
    return this.request<PublishResult>('POST', options.bus ? `/v1/buses/${encodeURIComponent(options.bus)}/events` : '/v1/events', {
      body,
      contentType: 'application/cloudevents+json',
      headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
    });
  }

  async createBus(name: string, description?: string): Promise<Record<string, any>> {
    return this.call(this.api.postV1Buses, { body: { name, ...(description ? { description } : {}) } });
  }

  async listBuses(): Promise<Record<string, any>> {
    return this.call(this.api.getV1Buses);
  }
}

/** A dashboard to create: a panel per KPI (a KPI id, { id, title }, or an inline KPI created with it:
 *  { name, target, unit, current, ... }); timeRange e.g. { last: '30d' }. */
export type DashboardRequest = ScorecardDashboardRequest;

/** Scorecard (analytics and KPIs). ENIS_SCORECARD_URL overrides the base URL. */
export class ScorecardClient extends ServiceClient<'scorecard'> {
  constructor(apiKey?: string, options?: ClientOptions) {
    super('scorecard', apiKey, options);
  }

  /** POST /v1/analytics/dashboard: the answer's id names the dashboard; an Idempotency-Key is sent and the
   *  operation's schema checks the request before it is sent. */
  async createDashboard(dashboard: DashboardRequest): Promise<Dashboard> {
    return this.call(this.api.postV1AnalyticsDashboard, { body: dashboard });
  }
}

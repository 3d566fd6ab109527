package client

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"time"

	"github.com/enis/cloud-infrastructure/gen/observability"
)

// ObservabilityClient is the observability service (metrics, traces, alerts).
// ENIS_OBSERVABILITY_URL overrides its base URL.
type ObservabilityClient struct {
	*base
	// API is the generated client (every operation), configured like this one.
	API *observability.ClientWithResponses
}

// NewObservabilityClient returns a client; an empty apiKey means ENIS_API_KEY. A configuration error
// (no key) is returned by every call.
func NewObservabilityClient(apiKey string, opts ...Option) *ObservabilityClient {
	b := newBase("observability", apiKey, opts)
	api, err := observability.NewClientWithResponses(b.baseURL, observability.WithHTTPClient(b.http),
		observability.WithRequestEditorFn(b.editor))
	if err != nil && b.err == nil {
		b.err = err
	}
	return &ObservabilityClient{base: b, API: api}
}

// MetricRequest is one sample. Timestamp is RFC 3339 ("" means now).
type MetricRequest struct {
	Name      string
	Value     float64
	Labels    map[string]string
	Timestamp string
}

// Metric is the stored write: ID names it, Accepted counts its samples.
type Metric struct {
	ID       string
	Accepted int
}

var metricName = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`) // observability Sample.name

// SendMetric posts one sample to /v1/metrics/collect.
func (c *ObservabilityClient) SendMetric(ctx context.Context, m *MetricRequest) (*Metric, error) {
	if c.err != nil {
		return nil, c.err
	}
	if m == nil || !metricName.MatchString(m.Name) {
		return nil, &InvalidArgumentError{Field: "name", Reason: "must match " + metricName.String()}
	}
	if math.IsNaN(m.Value) || math.IsInf(m.Value, 0) {
		return nil, &InvalidArgumentError{Field: "value", Reason: "must be a finite number"}
	}
	sample := observability.Sample{Name: m.Name, Value: m.Value}
	if m.Labels != nil {
		labels := m.Labels
		sample.Labels = &labels
	}
	if m.Timestamp != "" {
		t, err := time.Parse(time.RFC3339Nano, m.Timestamp)
		if err != nil {
			return nil, &InvalidArgumentError{Field: "timestamp", Reason: "must be an RFC 3339 date-time such as 2025-01-21T10:00:00Z"}
		}
		sample.Timestamp = &t
	}
	// the generated Sample, sent with the generated WithBody variant: the generated union request body
	// type (PostV1MetricsCollectJSONRequestBody) does not carry its union's MarshalJSON
	raw0, err := json.Marshal(sample)
	if err != nil {
		return nil, err
	}
	resp, err := c.API.PostV1MetricsCollectWithBodyWithResponse(ctx, nil, "application/json", bytes.NewReader(raw0))
	var hr *http.Response
	var raw []byte
	if resp != nil {
		hr, raw = resp.HTTPResponse, resp.Body
	}
	if err := checked(hr, raw, err); err != nil {
		return nil, err
	}
	out := &Metric{}
	if resp.JSON200 != nil {
		if resp.JSON200.Id != nil {
			out.ID = *resp.JSON200.Id
		}
		if resp.JSON200.Accepted != nil {
			out.Accepted = *resp.JSON200.Accepted
		}
	}
	return out, nil
}

// Query runs an instant PromQL query (GET /v1/metrics/query); at is RFC 3339 or "" for now.
func (c *ObservabilityClient) Query(ctx context.Context, query, at string) (*observability.PrometheusResponse, error) {
	q := url.Values{"query": {query}}
	if at != "" {
		q.Set("time", at)
	}
	var out observability.PrometheusResponse
	if err := c.Do(ctx, http.MethodGet, "/v1/metrics/query", q, nil, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

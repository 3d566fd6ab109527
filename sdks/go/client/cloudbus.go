package client

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/enis/cloud-infrastructure/gen/cloudbus"
)

// CloudBusClient is the cloud-bus service (CloudEvents routing). ENIS_CLOUD_BUS_URL overrides its base URL.
type CloudBusClient struct {
	*base
	// API is the generated client (every operation), configured like this one.
	API *cloudbus.ClientWithResponses
}

// NewCloudBusClient returns a client; an empty apiKey means ENIS_API_KEY.
func NewCloudBusClient(apiKey string, opts ...Option) *CloudBusClient {
	b := newBase("cloud-bus", apiKey, opts)
	api, err := cloudbus.NewClientWithResponses(b.baseURL, cloudbus.WithHTTPClient(b.http), cloudbus.WithRequestEditorFn(b.editor))
	if err != nil && b.err == nil {
		b.err = err
	}
	return &CloudBusClient{base: b, API: api}
}

// Event is a CloudEvent to publish; ID defaults to a random UUID, Time (RFC 3339) is optional.
type Event struct {
	Type    string
	Source  string
	Data    any
	ID      string
	Subject string
	Time    string
}

// PublishOptions: Bus (default: the default bus) and IdempotencyKey (default: one generated for the
// request and kept across its retries).
type PublishOptions struct {
	Bus            string
	IdempotencyKey string
}

// PublishEvent publishes one structured CloudEvent.
func (c *CloudBusClient) PublishEvent(ctx context.Context, e *Event, opts *PublishOptions) (*cloudbus.PublishResult, error) {
	if e == nil || e.Type == "" || len(e.Type) > 1024 {
		return nil, &InvalidArgumentError{Field: "type", Reason: "must be a non-empty string of at most 1024 characters"}
	}
	if e.Source == "" || len(e.Source) > 1024 {
		return nil, &InvalidArgumentError{Field: "source", Reason: "must be a non-empty string of at most 1024 characters"}
	}
	if e.Time != "" {
		if _, err := time.Parse(time.RFC3339Nano, e.Time); err != nil {
			return nil, &InvalidArgumentError{Field: "time", Reason: "must be an RFC 3339 date-time"}
		}
	}
	event := map[string]any{"specversion": "1.0", "id": e.ID, "source": e.Source, "type": e.Type}
	if e.ID == "" {
		event["id"] = uuid()
	}
	if e.Subject != "" {
		event["subject"] = e.Subject
	}
	if e.Time != "" {
		event["time"] = e.Time
	}
	if e.Data != nil {
		event["datacontenttype"] = "application/json"
		event["data"] = e.Data
	}
	path := "/v1/events"
	header := http.Header{"Content-Type": {"application/cloudevents+json"}}
	if opts != nil {
		if opts.Bus != "" {
			path = "/v1/buses/" + url.PathEscape(opts.Bus) + "/events"
		}
		if opts.IdempotencyKey != "" {
			header.Set("Idempotency-Key", opts.IdempotencyKey)
		}
	}
	var out cloudbus.PublishResult
	if err := c.Do(ctx, http.MethodPost, path, nil, header, event, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// CreateBus creates a bus (POST /v1/buses).
func (c *CloudBusClient) CreateBus(ctx context.Context, name, description string) (*cloudbus.Bus, error) {
	if c.err != nil {
		return nil, c.err
	}
	body := cloudbus.PostV1BusesJSONRequestBody{Name: name}
	if description != "" {
		body.Description = &description
	}
	resp, err := c.API.PostV1BusesWithResponse(ctx, body)
	var hr *http.Response
	var raw []byte
	if resp != nil {
		hr, raw = resp.HTTPResponse, resp.Body
	}
	if err := checked(hr, raw, err); err != nil {
		return nil, err
	}
	return resp.JSON201, nil
}

// Package client holds the ENIS Cloud service clients: the code generated from each service's OpenAPI
// document (oapi-codegen, packages under gen/) under a thin layer: base URL and API key, retries with
// backoff and jitter honouring Retry-After, automatic Idempotency-Key, timeouts, typed errors,
// pagination.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// DefaultBaseURL is the production endpoint; ENIS_<SERVICE>_URL or WithBaseURL override it.
const DefaultBaseURL = "https://cloud.enis.com"

type config struct {
	baseURL string
	http    *http.Client
	timeout time.Duration
	retry   RetryPolicy
	tenant  string
}

// Option configures a client.
type Option func(*config)

// WithBaseURL overrides ENIS_<SERVICE>_URL and the default https://cloud.enis.com.
func WithBaseURL(u string) Option { return func(c *config) { c.baseURL = u } }

// WithHTTPClient sets the underlying client (its Transport is wrapped by the retry layer).
func WithHTTPClient(h *http.Client) Option { return func(c *config) { c.http = h } }

// WithTimeout bounds each request, retries included (default 30 s); a context deadline applies too.
func WithTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithRetry replaces DefaultRetryPolicy.
func WithRetry(p RetryPolicy) Option { return func(c *config) { c.retry = p } }

// WithTenant sends X-Scope-OrgID (default: the service's default tenant).
func WithTenant(t string) Option { return func(c *config) { c.tenant = t } }

// base is what every service client shares.
type base struct {
	service string
	baseURL string
	key     string
	http    *http.Client
	tenant  string
	err     error // a configuration error, returned by every call
}

func newBase(service, apiKey string, opts []Option) *base {
	info, known := services[service]
	cfg := config{timeout: 30 * time.Second, retry: DefaultRetryPolicy}
	if known {
		cfg.baseURL = os.Getenv(info.env)
	}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.baseURL == "" {
		cfg.baseURL = DefaultBaseURL
	}
	if apiKey == "" {
		apiKey = os.Getenv("ENIS_API_KEY")
	}
	inner := http.DefaultTransport
	h := &http.Client{Timeout: cfg.timeout}
	if cfg.http != nil {
		*h = *cfg.http
		if h.Transport != nil {
			inner = h.Transport
		}
	}
	b := &base{service: service, baseURL: strings.TrimRight(cfg.baseURL, "/"), key: apiKey, http: h, tenant: cfg.tenant}
	h.Transport = &transport{inner: inner, policy: cfg.retry, idempotent: info.idempotent}
	switch {
	case !known:
		b.err = fmt.Errorf("client: service %q is not covered by this SDK version (sdks/services.conf)", service)
	case apiKey == "":
		b.err = fmt.Errorf("client: no API key: pass one or set ENIS_API_KEY (%s)", service)
	}
	return b
}

// BaseURL is the URL the client sends to.
func (b *base) BaseURL() string { return b.baseURL }

func (b *base) editor(_ context.Context, req *http.Request) error {
	req.Header.Set("Authorization", "Bearer "+b.key)
	req.Header.Set("User-Agent", "enis-cloud-infrastructure-go/"+Version)
	if b.tenant != "" {
		req.Header.Set("X-Scope-OrgID", b.tenant)
	}
	return nil
}

// Do sends any operation by method and path (query and headers optional) and decodes a JSON answer
// into out (nil: ignored). An error status returns *APIError.
func (b *base) Do(ctx context.Context, method, path string, query url.Values, header http.Header, body, out any) error {
	if b.err != nil {
		return b.err
	}
	var reader io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return err
		}
		reader = bytes.NewReader(raw)
	}
	u := b.baseURL + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, reader)
	if err != nil {
		return err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	if body != nil && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/json")
	}
	b.editor(ctx, req)
	resp, err := b.http.Do(req)
	if err != nil {
		return &ConnectionError{Err: err}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return &ConnectionError{Err: err}
	}
	return decode(resp, raw, out)
}

func decode(resp *http.Response, raw []byte, out any) error {
	if resp.StatusCode >= 400 {
		return apiError(resp.StatusCode, resp.Header, raw)
	}
	if out != nil && len(raw) > 0 {
		return json.Unmarshal(raw, out)
	}
	return nil
}

// checked turns a generated operation's (response, error) into the typed error, or nil.
func checked(resp *http.Response, body []byte, err error) error {
	if err != nil {
		var api *APIError
		if errors.As(err, &api) {
			return err
		}
		return &ConnectionError{Err: err}
	}
	if resp.StatusCode >= 400 {
		return apiError(resp.StatusCode, resp.Header, body)
	}
	return nil
}

// Paginate yields every item of a cursor-paginated list: page(ctx, cursor) returns one page's items and
// the next cursor ("" first, "" at the end). Iteration stops at the first error, which it yields.
func Paginate[T any](ctx context.Context, page func(ctx context.Context, cursor string) ([]T, string, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		cursor := ""
		for {
			items, next, err := page(ctx, cursor)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, item := range items {
				if !yield(item, nil) {
					return
				}
			}
			if next == "" {
				return
			}
			cursor = next
		}
	}
}

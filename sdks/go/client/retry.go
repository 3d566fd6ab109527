package client

import (
	"bytes"
	"context"
	crand "crypto/rand"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"time"
)

// RetryPolicy: at most MaxRetries more attempts on 429, 500, 502, 503, 504 and connection errors,
// waiting BaseDelay * 2^attempt (capped at MaxDelay) times a random factor in [0, 1) (full jitter), or
// what Retry-After says; no retry starts when the time spent plus the wait would pass Budget.
type RetryPolicy struct {
	MaxRetries int
	BaseDelay  time.Duration
	MaxDelay   time.Duration
	Budget     time.Duration
}

// DefaultRetryPolicy is 3 retries from 200 ms, capped at 5 s, within 30 s.
var DefaultRetryPolicy = RetryPolicy{MaxRetries: 3, BaseDelay: 200 * time.Millisecond, MaxDelay: 5 * time.Second, Budget: 30 * time.Second}

func (p RetryPolicy) jitter(attempt int) time.Duration {
	d := p.BaseDelay << attempt
	if d > p.MaxDelay || d <= 0 {
		d = p.MaxDelay
	}
	return time.Duration(rand.Float64() * float64(d))
}

type idempotentOp struct {
	method string
	path   interface{ MatchString(string) bool }
}

type serviceInfo struct {
	env        string
	idempotent []idempotentOp
}

// transport adds an Idempotency-Key to the operations that declare one (the same key on every retry)
// and retries as the policy says.
type transport struct {
	inner      http.RoundTripper
	policy     RetryPolicy
	idempotent []idempotentOp
}

var retried = map[int]bool{429: true, 500: true, 502: true, 503: true, 504: true}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = io.ReadAll(req.Body); err != nil {
			return nil, err
		}
		req.Body.Close()
	}
	req = req.Clone(req.Context())
	if req.Header.Get("Idempotency-Key") == "" {
		for _, op := range t.idempotent {
			if op.method == req.Method && op.path.MatchString(req.URL.Path) {
				req.Header.Set("Idempotency-Key", uuid())
				break
			}
		}
	}
	start := time.Now()
	for attempt := 0; ; attempt++ {
		if body != nil {
			req.Body = io.NopCloser(bytes.NewReader(body))
			req.ContentLength = int64(len(body))
		}
		resp, err := t.inner.RoundTrip(req)
		var wait time.Duration
		if err != nil {
			if req.Context().Err() != nil || attempt >= t.policy.MaxRetries {
				return nil, err
			}
			wait = t.policy.jitter(attempt)
			if time.Since(start)+wait > t.policy.Budget {
				return nil, err
			}
		} else {
			if !retried[resp.StatusCode] || attempt >= t.policy.MaxRetries {
				return resp, nil
			}
			wait = retryAfter(resp.Header.Get("Retry-After"))
			if wait < 0 {
				wait = t.policy.jitter(attempt)
			}
			if time.Since(start)+wait > t.policy.Budget {
				return resp, nil
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		if err := sleep(req.Context(), wait); err != nil {
			return nil, err
		}
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

func uuid() string {
	var b [16]byte
	crand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

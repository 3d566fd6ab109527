package client

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// FieldError names one offending field of a refused request.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Problem is an RFC 9457 problem (application/problem+json) as the services send it.
type Problem struct {
	Type      string       `json:"type"`
	Title     string       `json:"title"`
	Status    int          `json:"status"`
	Detail    string       `json:"detail,omitempty"`
	Instance  string       `json:"instance,omitempty"`
	RequestID string       `json:"requestId,omitempty"`
	Errors    []FieldError `json:"errors,omitempty"`
}

// APIError is an error status from a service with the problem it sent. RetryAfter is set from a
// Retry-After header (429, 503). Use errors.As(err, &apiErr).
type APIError struct {
	StatusCode int
	Problem    Problem
	RetryAfter time.Duration
	Body       []byte
}

func (e *APIError) Error() string {
	msg := fmt.Sprintf("%d %s", e.StatusCode, e.Problem.Title)
	if e.Problem.Detail != "" {
		msg += ": " + e.Problem.Detail
	}
	var fields []string
	for _, f := range e.Problem.Errors {
		fields = append(fields, f.Field+": "+f.Message)
	}
	if len(fields) > 0 {
		msg += " (" + strings.Join(fields, "; ") + ")"
	}
	return msg
}

// RateLimited is true for a 429 (returned once the retry budget is spent).
func (e *APIError) RateLimited() bool { return e.StatusCode == http.StatusTooManyRequests }

func apiError(status int, header http.Header, body []byte) *APIError {
	e := &APIError{StatusCode: status, Body: body, RetryAfter: retryAfter(header.Get("Retry-After"))}
	if json.Unmarshal(body, &e.Problem) != nil || e.Problem.Title == "" {
		e.Problem.Title = http.StatusText(status)
	}
	if e.Problem.Type == "" {
		e.Problem.Type = "about:blank"
	}
	return e
}

// InvalidArgumentError is an argument the service's schema refuses, returned before any request.
type InvalidArgumentError struct {
	Field, Reason string
}

func (e *InvalidArgumentError) Error() string { return e.Field + ": " + e.Reason }

// ConnectionError is a service that could not be reached, after the retries the budget allowed.
type ConnectionError struct {
	Err error
}

func (e *ConnectionError) Error() string { return "connection failed: " + e.Err.Error() }
func (e *ConnectionError) Unwrap() error { return e.Err }

// retryAfter reads Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return -1
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
		return 0
	}
	return -1
}

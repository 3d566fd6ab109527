package client

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/enis/cloud-infrastructure/gen/scorecard"
)

// ScorecardClient is the scorecard service (analytics and KPIs). ENIS_SCORECARD_URL overrides its base URL.
type ScorecardClient struct {
	*base
	// API is the generated client (every operation), configured like this one.
	API *scorecard.ClientWithResponses
}

// NewScorecardClient returns a client; an empty apiKey means ENIS_API_KEY.
func NewScorecardClient(apiKey string, opts ...Option) *ScorecardClient {
	b := newBase("scorecard", apiKey, opts)
	api, err := scorecard.NewClientWithResponses(b.baseURL, scorecard.WithHTTPClient(b.http), scorecard.WithRequestEditorFn(b.editor))
	if err != nil && b.err == nil {
		b.err = err
	}
	return &ScorecardClient{base: b, API: api}
}

// KPI is an inline KPI of a dashboard, created with it. Current, when not zero, is recorded as its first
// value (a zero first value: record it with API.PostV1AnalyticsKpisIdValuesWithResponse).
type KPI struct {
	Name    string  `json:"name"`
	Target  float64 `json:"target"`
	Current float64 `json:"current,omitempty"`
	Unit    string  `json:"unit"`
	Title   string  `json:"title,omitempty"`
}

// DashboardRequest is a dashboard to create: a panel per KPI, in order.
type DashboardRequest struct {
	Name string `json:"name"`
	KPIs []*KPI `json:"kpis"`
}

// Dashboard is a created dashboard; ID names it.
type Dashboard struct {
	ID        string           `json:"id"`
	Name      string           `json:"name"`
	Panels    []DashboardPanel `json:"panels"`
	CreatedAt string           `json:"createdAt"`
}

// DashboardPanel is one panel: the KPI it shows.
type DashboardPanel struct {
	Position int    `json:"position"`
	KpiID    string `json:"kpiId"`
	Title    string `json:"title"`
}

// CreateDashboard creates a KPI dashboard (POST /v1/analytics/dashboard) with an automatic Idempotency-Key.
func (c *ScorecardClient) CreateDashboard(ctx context.Context, d *DashboardRequest) (*Dashboard, error) {
	if c.err != nil {
		return nil, c.err
	}
	if d == nil || d.Name == "" || len(d.Name) > 200 {
		return nil, &InvalidArgumentError{Field: "name", Reason: "must be a non-empty string of at most 200 characters"}
	}
	if len(d.KPIs) == 0 || len(d.KPIs) > 50 {
		return nil, &InvalidArgumentError{Field: "kpis", Reason: "must hold 1 to 50 KPIs"}
	}
	for _, k := range d.KPIs {
		if k == nil || k.Name == "" || len(k.Name) > 100 || k.Unit == "" {
			return nil, &InvalidArgumentError{Field: "kpis", Reason: "every KPI needs a name (at most 100 characters) and a unit"}
		}
	}
	raw, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	resp, err := c.API.PostV1AnalyticsDashboardWithBodyWithResponse(ctx, nil, "application/json", bytes.NewReader(raw))
	var hr *http.Response
	var body []byte
	if resp != nil {
		hr, body = resp.HTTPResponse, resp.Body
	}
	if err := checked(hr, body, err); err != nil {
		return nil, err
	}
	var out Dashboard
	if err := json.Unmarshal(resp.Body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

package client

import (
	"context"
	"net/http"
)

// ScorecardClient is the scorecard service (analytics and KPIs). ENIS_SCORECARD_URL overrides its base
// URL. It needs the scorecard service in sdks/services.conf; until then every call returns an error.
type ScorecardClient struct {
	*base
}

// NewScorecardClient returns a client; an empty apiKey means ENIS_API_KEY.
func NewScorecardClient(apiKey string, opts ...Option) *ScorecardClient {
	return &ScorecardClient{base: newBase("scorecard", apiKey, opts)}
}

// KPI is one indicator of a dashboard.
type KPI struct {
	Name    string  `json:"name"`
	Target  float64 `json:"target"`
	Current float64 `json:"current"`
	Unit    string  `json:"unit,omitempty"`
}

// DashboardRequest is a KPI dashboard to create.
type DashboardRequest struct {
	Name string `json:"name"`
	KPIs []*KPI `json:"kpis"`
}

// Dashboard is a created dashboard.
type Dashboard struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	KPIs []*KPI `json:"kpis"`
}

// CreateDashboard creates a KPI dashboard (POST /v1/analytics/dashboard).
func (c *ScorecardClient) CreateDashboard(ctx context.Context, d *DashboardRequest) (*Dashboard, error) {
	if d == nil || d.Name == "" || len(d.Name) > 200 {
		return nil, &InvalidArgumentError{Field: "name", Reason: "must be a non-empty string of at most 200 characters"}
	}
	for i, k := range d.KPIs {
		if k == nil || k.Name == "" {
			return nil, &InvalidArgumentError{Field: "kpis[" + itoa(i) + "].name", Reason: "must be a non-empty string"}
		}
	}
	var out Dashboard
	if err := c.Do(ctx, http.MethodPost, "/v1/analytics/dashboard", nil, nil, d, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

package client_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/enis/cloud-infrastructure/client"
	"github.com/enis/cloud-infrastructure/gen/billing"
)

func TestBillingCreatesCustomersAndPagesThroughThem(t *testing.T) {
	s := running["billing"]
	t.Setenv("ENIS_BILLING_URL", s.url)
	c := client.NewBillingClient(s.key)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		resp, err := c.API.PostV1BillingCustomersWithResponse(ctx, &billing.PostV1BillingCustomersParams{},
			billing.PostV1BillingCustomersJSONRequestBody{Name: fmt.Sprintf("SDK Go %d", i), Currency: "EUR"})
		if err != nil || resp.StatusCode() != http.StatusCreated || resp.JSON201.Currency != "EUR" {
			t.Fatalf("create customer %d: %v %v", i, err, resp)
		}
	}
	limit := 2
	page := func(ctx context.Context, cursor string) ([]billing.Customer, string, error) {
		params := &billing.GetV1BillingCustomersParams{Limit: &limit}
		if cursor != "" {
			params.Cursor = &cursor
		}
		resp, err := c.API.GetV1BillingCustomersWithResponse(ctx, params)
		if err != nil {
			return nil, "", err
		}
		if resp.JSON200 == nil {
			return nil, "", fmt.Errorf("status %d", resp.StatusCode())
		}
		next := ""
		if resp.JSON200.NextCursor != nil {
			next = *resp.JSON200.NextCursor
		}
		return resp.JSON200.Data, next, nil
	}
	var names []string
	for customer, err := range client.Paginate(ctx, page) {
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(customer.Name, "SDK Go") {
			names = append(names, customer.Name)
		}
	}
	if strings.Join(names, ",") != "SDK Go 0,SDK Go 1,SDK Go 2" {
		t.Errorf("paged customers: %v", names)
	}
}

func TestComplianceListsItsFrameworks(t *testing.T) {
	s := running["compliance"]
	c := client.NewComplianceClient(s.key, client.WithBaseURL(s.url))
	resp, err := c.API.GetV1ComplianceFrameworksWithResponse(context.Background())
	if err != nil || resp.JSON200 == nil || len(resp.JSON200.Frameworks) == 0 {
		t.Fatalf("%v %v", err, resp)
	}
}

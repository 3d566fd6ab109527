package main

import (
    "github.com/enis/cloud-infrastructure/client"
    "context"
    "log"
)

func main() {
    ctx := context.Background()
    obsClient := client.NewObservabilityClient("your-api-key")
    scorecardClient := client.NewScorecardClient("your-api-key")
    
    // Send custom metric
    metric, err := obsClient.SendMetric(ctx, &client.MetricRequest{
        Name: "user_actions_total",
        Value: 150,
        Labels: map[string]string{
            "service": "web-app",
            "environment": "production",
        },
        Timestamp: "2025-01-21T10:00:00Z",
    })
    if err != nil {
        log.Fatal(err)
    }
    
    // Create KPI dashboard
    dashboard, err := scorecardClient.CreateDashboard(ctx, &client.DashboardRequest{
        Name: "Performance Dashboard",
        KPIs: []*client.KPI{
            {
                Name: "response_time",
                Target: 100,
                Current: 85,
                Unit: "ms",
            },
            {
                Name: "throughput",
                Target: 1000,
                Current: 1200,
                Unit: "req/s",
            },
        },
    })
    if err != nil {
        log.Fatal(err)
    }
    
    log.Printf("Metric sent: %s\n", metric.ID)
    log.Printf("Dashboard created: %s\n", dashboard.ID)
}

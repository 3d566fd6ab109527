from enis_cloud_infrastructure import ObservabilityClient, ScorecardClient
import asyncio

async def main():
    # Initialize clients
    obs_client = ObservabilityClient(api_key="your-key")
    scorecard_client = ScorecardClient(api_key="your-key")
    
    # Send custom metric
    metric = await obs_client.send_metric(
        name="user_actions_total",
        value=150,
        labels={"service": "web-app", "environment": "production"},
        timestamp="2025-01-21T10:00:00Z"
    )
    
    # Create KPI dashboard
    dashboard = await scorecard_client.create_dashboard(
        name="Performance Dashboard",
        kpis=[
            {
                "name": "response_time",
                "target": 100,
                "current": 85,
                "unit": "ms"
            },
            {
                "name": "throughput",
                "target": 1000,
                "current": 1200,
                "unit": "req/s"
            }
        ]
    )
    
    print(f"Metric sent: {metric.id}")
    print(f"Dashboard created: {dashboard.id}")

asyncio.run(main())

import { ObservabilityClient, ScorecardClient } from '@enis/cloud-infrastructure';

const obsClient = new ObservabilityClient('your-api-key');
const scorecardClient = new ScorecardClient('your-api-key');

// Send custom metric
const metric = await obsClient.sendMetric({
    name: 'user_actions_total',
    value: 150,
    labels: { service: 'web-app', environment: 'production' },
    timestamp: '2025-01-21T10:00:00Z'
});

// Create KPI dashboard
const dashboard = await scorecardClient.createDashboard({
    name: 'Performance Dashboard',
    kpis: [
        {
            name: 'response_time',
            target: 100,
            current: 85,
            unit: 'ms'
        },
        {
            name: 'throughput',
            target: 1000,
            current: 1200,
            unit: 'req/s'
        }
    ]
});

console.log(`Metric sent: ${metric.id}`);
console.log(`Dashboard created: ${dashboard.id}`);

package client_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/enis/cloud-infrastructure/client"
)

func TestEveryServedDocumentEqualsTheOneTheSDKWasGeneratedFrom(t *testing.T) {
	for _, name := range services {
		var served, committed any
		if err := running[name].admin("GET", "/openapi.json", nil, &served); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(sdks, "openapi", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		json.Unmarshal(raw, &committed)
		if !reflect.DeepEqual(served, committed) {
			t.Errorf("%s serves another document than sdks/openapi/%s.json: run sdks/test.sh", name, name)
		}
	}
}

func TestBaseURLDefaultsAndOverrides(t *testing.T) {
	t.Setenv("ENIS_OBSERVABILITY_URL", "")
	if got := client.NewObservabilityClient("k").BaseURL(); got != "https://cloud.enis.com" {
		t.Errorf("default base URL %s", got)
	}
	t.Setenv("ENIS_OBSERVABILITY_URL", "http://127.0.0.1:1/")
	if got := client.NewObservabilityClient("k").BaseURL(); got != "http://127.0.0.1:1" {
		t.Errorf("ENIS_OBSERVABILITY_URL ignored: %s", got)
	}
	if got := client.NewCloudBusClient("k", client.WithBaseURL("http://x:2")).BaseURL(); got != "http://x:2" {
		t.Errorf("WithBaseURL ignored: %s", got)
	}
	t.Setenv("ENIS_API_KEY", "")
	if _, err := client.NewObservabilityClient("").SendMetric(context.Background(), &client.MetricRequest{Name: "x"}); err == nil || !strings.Contains(err.Error(), "ENIS_API_KEY") {
		t.Errorf("no key: %v", err)
	}
}

func TestSendMetricIsStoredAndQueriedBack(t *testing.T) {
	s := running["observability"]
	obs := client.NewObservabilityClient(s.key, client.WithBaseURL(s.url))
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Second).Format(time.RFC3339)
	m, err := obs.SendMetric(ctx, &client.MetricRequest{Name: "sdk_go_total", Value: 42.5, Labels: map[string]string{"run": "a"}, Timestamp: now})
	if err != nil || m.ID == "" || m.Accepted != 1 {
		t.Fatalf("SendMetric: %+v %v", m, err)
	}
	answer, err := obs.Query(ctx, `sdk_go_total{run="a"}`, now)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(answer)
	if !strings.Contains(string(raw), `"42.5"`) {
		t.Errorf("query answer %s", raw)
	}
	rules, err := obs.API.GetV1AlertsRulesWithResponse(ctx, nil) // a generated operation, through the same layer
	if err != nil || rules.StatusCode() != 200 {
		t.Errorf("generated operation: %v %v", rules, err)
	}
}

func TestInvalidArgumentsAreRefusedBeforeAnyRequest(t *testing.T) {
	obs := client.NewObservabilityClient("k", client.WithBaseURL("http://127.0.0.1:9"), client.WithRetry(client.RetryPolicy{}))
	ctx := context.Background()
	for field, m := range map[string]*client.MetricRequest{
		"name":      {Name: "1 bad", Value: 1},
		"timestamp": {Name: "ok", Value: 1, Timestamp: "yesterday"},
	} {
		var invalid *client.InvalidArgumentError
		if _, err := obs.SendMetric(ctx, m); !errors.As(err, &invalid) || invalid.Field != field {
			t.Errorf("%s: %v", field, err)
		}
	}
	var conn *client.ConnectionError
	if _, err := obs.SendMetric(ctx, &client.MetricRequest{Name: "ok", Value: 1}); !errors.As(err, &conn) {
		t.Errorf("a valid request to a closed port: %v", err)
	}
}

func TestAServerProblemIsATypedErrorWithItsFields(t *testing.T) {
	s := running["observability"]
	obs := client.NewObservabilityClient(s.key, client.WithBaseURL(s.url))
	var api *client.APIError
	err := obs.Do(context.Background(), "POST", "/v1/metrics/collect", nil, nil, map[string]any{"name": "no_value"}, nil)
	if !errors.As(err, &api) || api.StatusCode != 400 || !strings.HasPrefix(api.Problem.Type, "https://") ||
		api.Problem.Title == "" || api.Problem.Detail == "" || len(api.Problem.Errors) == 0 || api.Problem.Errors[0].Field == "" {
		t.Errorf("400: %#v", err)
	}
	_, err = client.NewObservabilityClient("not-a-key", client.WithBaseURL(s.url)).SendMetric(context.Background(), &client.MetricRequest{Name: "x", Value: 1})
	if !errors.As(err, &api) || api.StatusCode != 401 || api.Problem.Status != 401 {
		t.Errorf("401: %#v", err)
	}
}

func TestA429IsReturnedWithRetryAfterOnceTheBudgetIsSpent(t *testing.T) {
	s := running["observability"]
	key, err := s.mintKey("sdk-go-limited", 1)
	if err != nil {
		t.Fatal(err)
	}
	obs := client.NewObservabilityClient(key, client.WithBaseURL(s.url),
		client.WithRetry(client.RetryPolicy{MaxRetries: 3, BaseDelay: 100 * time.Millisecond, MaxDelay: time.Second, Budget: 2 * time.Second}))
	ctx := context.Background()
	if _, err := obs.SendMetric(ctx, &client.MetricRequest{Name: "sdk_go_limited", Value: 1}); err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	_, err = obs.SendMetric(ctx, &client.MetricRequest{Name: "sdk_go_limited", Value: 2})
	var api *client.APIError
	if !errors.As(err, &api) || !api.RateLimited() || api.RetryAfter <= 0 {
		t.Fatalf("429: %#v", err)
	}
	if time.Since(started) > 2*time.Second {
		t.Errorf("waited past the budget")
	}
}

func TestRetries429And5xxWithOneIdempotencyKey(t *testing.T) {
	// the retry layer on its own, against a local server that fails twice
	var mu sync.Mutex
	var keys []string
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		keys = append(keys, r.Header.Get("Idempotency-Key"))
		n := len(keys)
		mu.Unlock()
		switch n {
		case 1:
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(429)
		case 2:
			w.WriteHeader(503)
		default:
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(202)
			w.Write([]byte(`{"accepted":1}`))
		}
	}))
	defer server.Close()
	bus := client.NewCloudBusClient("k", client.WithBaseURL(server.URL),
		client.WithRetry(client.RetryPolicy{MaxRetries: 3, BaseDelay: 10 * time.Millisecond, MaxDelay: time.Second, Budget: 5 * time.Second}))
	result, err := bus.PublishEvent(context.Background(), &client.Event{Type: "sdk.test", Source: "/sdk/go"}, nil)
	if err != nil || result.Accepted == nil || *result.Accepted != 1 {
		t.Fatalf("%v %v", result, err)
	}
	if len(keys) != 3 || keys[0] == "" || keys[1] != keys[0] || keys[2] != keys[0] {
		t.Errorf("attempts' Idempotency-Keys: %q", keys)
	}
}

func TestConnectionErrorsAreRetriedThenReturned(t *testing.T) {
	obs := client.NewObservabilityClient("k", client.WithBaseURL("http://127.0.0.1:9"),
		client.WithRetry(client.RetryPolicy{MaxRetries: 2, BaseDelay: 50 * time.Millisecond, MaxDelay: time.Second, Budget: 5 * time.Second}))
	var conn *client.ConnectionError
	if _, err := obs.SendMetric(context.Background(), &client.MetricRequest{Name: "x", Value: 1}); !errors.As(err, &conn) {
		t.Errorf("%v", err)
	}
}

func TestCloudBusPublishesWithAnAutomaticIdempotencyKey(t *testing.T) {
	s := running["cloud-bus"]
	t.Setenv("ENIS_CLOUD_BUS_URL", s.url)
	bus := client.NewCloudBusClient(s.key)
	ctx := context.Background()
	created, err := bus.CreateBus(ctx, "sdk-go", "")
	if err != nil || *created.Name != "sdk-go" {
		t.Fatalf("CreateBus: %v %v", created, err)
	}
	result, err := bus.PublishEvent(ctx, &client.Event{Type: "sdk.order.created", Source: "/sdk/go", Data: map[string]int{"order": 1}}, &client.PublishOptions{Bus: "sdk-go"})
	if err != nil || *result.Accepted != 1 {
		t.Fatalf("PublishEvent: %v %v", result, err)
	}
	opts := &client.PublishOptions{IdempotencyKey: "sdk-go-key-1"}
	first, err1 := bus.PublishEvent(ctx, &client.Event{Type: "sdk.order.paid", Source: "/sdk/go", ID: "evt-1"}, opts)
	again, err2 := bus.PublishEvent(ctx, &client.Event{Type: "sdk.order.paid", Source: "/sdk/go", ID: "evt-1"}, opts)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(first, again) {
		t.Errorf("same Idempotency-Key, different answers: %v %v %v %v", first, again, err1, err2)
	}
	var invalid *client.InvalidArgumentError
	if _, err := bus.PublishEvent(ctx, &client.Event{Source: "/sdk/go"}, nil); !errors.As(err, &invalid) {
		t.Errorf("empty type: %v", err)
	}
}

func TestPaginateWalksEveryPage(t *testing.T) {
	pages := map[string]struct {
		items []int
		next  string
	}{"": {[]int{1, 2}, "b"}, "b": {[]int{3}, "c"}, "c": {nil, ""}}
	var seen []int
	for item, err := range client.Paginate(context.Background(), func(_ context.Context, cursor string) ([]int, string, error) {
		return pages[cursor].items, pages[cursor].next, nil
	}) {
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, item)
	}
	if !reflect.DeepEqual(seen, []int{1, 2, 3}) {
		t.Errorf("%v", seen)
	}
}

// TestTheSeedExampleRunsAsWritten runs examples/seed/main.go (seed 000's Go example) with only
// "your-api-key" replaced, in a scratch module that uses this one.
func TestTheSeedExampleRunsAsWritten(t *testing.T) {
	if _, ok := running["scorecard"]; !ok {
		t.Skip("waiting for the scorecard service (CreateDashboard): not in sdks/services.conf yet")
	}
	source, err := os.ReadFile(filepath.Join(sdks, "go", "examples", "seed", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, line := range strings.Split(string(source), "\n") {
		switch {
		case strings.Contains(line, "NewObservabilityClient("):
			line = strings.Replace(line, `"your-api-key"`, `"`+running["observability"].key+`"`, 1)
		case strings.Contains(line, "NewScorecardClient("):
			line = strings.Replace(line, `"your-api-key"`, `"`+running["scorecard"].key+`"`, 1)
		}
		lines = append(lines, line)
	}
	work := t.TempDir()
	goSum, _ := os.ReadFile(filepath.Join(sdks, "go", "go.sum"))
	goMod := "module seed\n\ngo 1.23\n\nrequire github.com/enis/cloud-infrastructure v0.0.0\n\nreplace github.com/enis/cloud-infrastructure => " + filepath.Join(sdks, "go") + "\n"
	os.WriteFile(filepath.Join(work, "go.mod"), []byte(goMod), 0o644)
	os.WriteFile(filepath.Join(work, "go.sum"), goSum, 0o644)
	os.WriteFile(filepath.Join(work, "main.go"), []byte(strings.Join(lines, "\n")), 0o644)
	cmd := exec.Command("go", "run", "-mod=mod", ".")
	cmd.Dir = work
	cmd.Env = os.Environ()
	for _, name := range services {
		cmd.Env = append(cmd.Env, envName(name)+"="+running[name].url)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !regexp.MustCompile(`(?m)Metric sent: \S+$`).Match(out) || !regexp.MustCompile(`(?m)Dashboard created: \S+$`).Match(out) {
		t.Errorf("output:\n%s", out)
	}
}

func TestTheExampleIsTheSeedsGoExampleVerbatim(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(root, "..", "shared", "seeds", "000_*.txt"))
	if len(seeds) == 0 {
		t.Skip("seed 000 not found beside the repository (../shared/seeds)")
	}
	text, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	after := string(text)[strings.Index(string(text), "#### Go SDK"):]
	start := strings.Index(after, "```go\n") + len("```go\n")
	want := after[start : start+strings.Index(after[start:], "```")]
	got, _ := os.ReadFile(filepath.Join(sdks, "go", "examples", "seed", "main.go"))
	if string(got) != want {
		t.Errorf("examples/seed/main.go differs from seed 000's Go example")
	}
}

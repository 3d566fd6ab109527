package client_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The real service jars of sdks/services.conf, started on 127.0.0.1 by TestMain (no mocks), each with a
// key minted by the admin key.

const adminKey = "sdk-tests-admin-key-0123456789abcdef"

// observability keeps 15 days by default: the seed's sample of 2025-01-21 must still be inside retention
var extraEnv = map[string][]string{"observability": {"METRICS_RETENTION=3650d"}}

type service struct {
	name, url, key, log string
	cmd                 *exec.Cmd
	exited              chan struct{} // closed when the process has ended
}

var (
	sdks     = mustAbs("../..")
	root     = filepath.Dir(sdks)
	running  = map[string]*service{}
	services []string
)

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		panic(err)
	}
	return a
}

func configured() [][2]string {
	f, err := os.Open(filepath.Join(sdks, "services.conf"))
	if err != nil {
		panic(err)
	}
	defer f.Close()
	var out [][2]string
	s := bufio.NewScanner(f)
	for s.Scan() {
		line, _, _ := strings.Cut(s.Text(), "#")
		w := strings.Fields(line)
		if len(w) == 0 {
			continue
		}
		module := w[0]
		if len(w) > 1 {
			module = w[1]
		}
		out = append(out, [2]string{w[0], module})
	}
	return out
}

func envName(service string) string {
	return "ENIS_" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			return r
		}
		return '_'
	}, service) + "_URL"
}

// listening is the line the kit logs once the server is bound; PORT=0 lets the service pick its own
// port, so no other process can take it between our choice and its bind (a port "free a moment ago" can).
var listening = regexp.MustCompile(`listening on 127\.0\.0\.1:(\d+)`)

func start(work, name, module string) (*service, error) {
	jar := filepath.Join(root, "services", module, "target", "enis-"+name+".jar")
	if _, err := os.Stat(jar); err != nil {
		return nil, fmt.Errorf("%s not found: run sdks/test.sh (it builds the jars)", jar)
	}
	data := filepath.Join(work, name)
	os.MkdirAll(data, 0o755)
	log, _ := os.Create(filepath.Join(data, "service.log"))
	cmd := exec.Command("java", "-jar", jar)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "HOST=127.0.0.1",
		"PORT=0", "DATA_DIR=" + data, "LOG_LEVEL=INFO", "ENIS_ADMIN_API_KEY=" + adminKey}, extraEnv[name]...)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &service{name: name, log: log.Name(), cmd: cmd, exited: make(chan struct{})}
	go func() { cmd.Wait(); close(s.exited) }()
	return s, nil
}

// boundURL reads the service's log until the kit's "listening on" line names the port it bound.
func (s *service) boundURL(deadline time.Time) bool {
	for time.Now().Before(deadline) {
		if raw, err := os.ReadFile(s.log); err == nil {
			if m := listening.FindSubmatch(raw); m != nil {
				s.url = "http://127.0.0.1:" + string(m[1])
				return true
			}
		}
		select {
		case <-s.exited:
			return false
		case <-time.After(100 * time.Millisecond):
		}
	}
	return false
}

func (s *service) ready() error {
	deadline := time.Now().Add(90 * time.Second)
	if !s.boundURL(deadline) {
		return fmt.Errorf("%s did not start (no \"listening on\" line in its log)", s.name)
	}
	for time.Now().Before(deadline) {
		if resp, err := http.Get(s.url + "/health/ready"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("%s did not start", s.name)
}

func (s *service) admin(method, path string, body, out any) error {
	var raw []byte
	if body != nil {
		raw, _ = json.Marshal(body)
	}
	req, _ := http.NewRequest(method, s.url+path, bytes.NewReader(raw))
	req.Header.Set("Authorization", "Bearer "+adminKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %d", method, path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (s *service) mintKey(name string, rateLimit int) (string, error) {
	var doc struct {
		Components struct {
			Schemas struct {
				Scope struct {
					Enum []string `json:"enum"`
				} `json:"Scope"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := s.admin("GET", "/openapi.json", nil, &doc); err != nil {
		return "", err
	}
	var scopes []string
	for _, sc := range doc.Components.Schemas.Scope.Enum {
		if sc != "keys:admin" {
			scopes = append(scopes, sc)
		}
	}
	body := map[string]any{"name": name, "scopes": scopes}
	if rateLimit > 0 {
		body["rateLimitPerMinute"] = rateLimit
	}
	var created struct {
		Key string `json:"key"`
	}
	err := s.admin("POST", "/v1/admin/keys", body, &created)
	return created.Key, err
}

func TestMain(m *testing.M) {
	work, _ := os.MkdirTemp("", "enis-sdk-go-")
	code := func() int {
		defer func() {
			for _, s := range running {
				s.cmd.Process.Signal(syscall.SIGTERM)
				select {
				case <-s.exited:
				case <-time.After(30 * time.Second):
					s.cmd.Process.Kill()
				}
			}
			os.RemoveAll(work)
		}()
		for _, c := range configured() {
			s, err := start(work, c[0], c[1])
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 2
			}
			running[c[0]] = s
			services = append(services, c[0])
		}
		for _, s := range running {
			if err := s.ready(); err != nil {
				b, _ := os.ReadFile(filepath.Join(work, s.name, "service.log"))
				fmt.Fprintln(os.Stderr, err, string(b))
				return 2
			}
			key, err := s.mintKey("sdk-go-tests", 0)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 2
			}
			s.key = key
		}
		return m.Run()
	}()
	os.Exit(code)
}

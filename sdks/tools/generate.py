#!/usr/bin/env python3
"""Generates the three SDKs' code from sdks/openapi/<service>.json for every service of sdks/services.conf.

Usage: python3 sdks/tools/generate.py [--check]

Per service, with the pinned generators (versions in each SDK's own manifest):
  python      openapi-python-client  -> python/src/enis_cloud_infrastructure/_generated/<pkg>/
  typescript  @hey-api/openapi-ts    -> typescript/src/generated/<service>/
  go          oapi-codegen           -> go/gen/<pkg>/<pkg>.gen.go
and, from services.conf and the documents, one small table per language (python/.../_services.py,
typescript/src/services.gen.ts, go/client/services.gen.go): each service's name, its ENIS_<SERVICE>_URL
variable, and the operations that declare an Idempotency-Key header (the hand-written layer sends one
on those automatically). The SDK versions are set from the root pom's version. With --check the
generated files are compared with the committed ones (git diff) after generating.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SDKS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(SDKS)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export import services  # noqa: E402

PY_PKG = os.path.join(SDKS, "python", "src", "enis_cloud_infrastructure")
TS_SRC = os.path.join(SDKS, "typescript", "src")
GO = os.path.join(SDKS, "go")
GENERATED = [os.path.join(PY_PKG, "_generated"), os.path.join(PY_PKG, "_services.py"), os.path.join(PY_PKG, "_service_clients.py"), os.path.join(PY_PKG, "_version.py"),
             os.path.join(SDKS, "python", "pyproject.toml"), os.path.join(TS_SRC, "generated"),
             os.path.join(TS_SRC, "services.gen.ts"), os.path.join(TS_SRC, "clients.gen.ts"), os.path.join(SDKS, "typescript", "package.json"),
             os.path.join(GO, "gen"), os.path.join(GO, "client", "services.gen.go"),
             os.path.join(GO, "client", "clients.gen.go")]


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        sys.exit(f"generate: {' '.join(cmd)} failed in {os.path.relpath(cwd, ROOT)}:\n{proc.stdout[-4000:]}")
    return proc.stdout


def ident(service):
    """observability -> observability, cloud-bus -> cloudbus (a Python/Go package name)."""
    return re.sub(r"[^a-z0-9]", "", service.lower())


def camel(service):
    return "".join(p.capitalize() for p in re.split(r"[^A-Za-z0-9]", service) if p)


def project_version():
    pom = open(os.path.join(ROOT, "pom.xml")).read()
    pom = re.sub(r"<parent>.*?</parent>", "", pom, flags=re.S)
    return re.search(r"<version>([^<]+)</version>", pom).group(1)


def idempotent_operations(document):
    """[(METHOD, path template)] of every operation declaring an Idempotency-Key header."""
    shared = document.get("components", {}).get("parameters", {})
    out = []
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method not in ("post", "put", "patch", "delete"):
                continue
            for p in op.get("parameters", []) + item.get("parameters", []):
                ref = p.get("$ref", "")
                p = shared.get(ref.rsplit("/", 1)[-1], {}) if ref else p
                if p.get("in") == "header" and p.get("name", "").lower() == "idempotency-key":
                    out.append((method.upper(), path))
    return out


def _inline(node, components, depth=0):
    """A schema with its $refs to components/schemas inlined (12 levels; deeper ones accept anything),
    descriptions and examples dropped."""
    if isinstance(node, dict):
        if "$ref" in node:
            if depth > 12:
                return {}
            return _inline(components.get(node["$ref"].rsplit("/", 1)[-1], {}), components, depth + 1)
        return {k: _inline(v, components, depth) for k, v in node.items() if k not in ("description", "examples", "example")}
    if isinstance(node, list):
        return [_inline(v, components, depth) for v in node]
    return node


def request_bodies(document):
    """[(METHOD, path regex, content type, schema)] of every JSON request body: the layer validates a body
    against it before the request is sent."""
    components = document.get("components", {}).get("schemas", {})
    out = []
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method not in ("post", "put", "patch"):
                continue
            for content_type, content in op.get("requestBody", {}).get("content", {}).items():
                if "json" in content_type and "schema" in content:
                    out.append((method.upper(), path_regex(path), content_type, _inline(content["schema"], components)))
    return out


def path_regex(template):
    return "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def generate_python(service, doc_path):
    out = os.path.join(PY_PKG, "_generated", ident(service))
    shutil.rmtree(out, ignore_errors=True)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as cfg:
        cfg.write(f"package_name_override: {ident(service)}\npost_hooks: []\n")
    try:
        run([os.path.join(SDKS, "python", ".venv", "bin", "openapi-python-client"), "generate", "--path", doc_path,
             "--meta", "none", "--config", cfg.name, "--output-path", out], SDKS)
    finally:
        os.unlink(cfg.name)


def go_types(node):
    """oapi-codegen reads OpenAPI 3.0 types: a 3.1 type list is narrowed for it, nothing else changes.
    ["X", "null"] -> "X" (nullable); several non-null types -> no type (any: interface{})."""
    if isinstance(node, dict):
        types = node.get("type")
        if isinstance(types, list):
            rest = [t for t in types if t != "null"]
            if len(rest) == 1:
                node["type"] = rest[0]
            else:
                del node["type"]
            if "null" in types:
                node["nullable"] = True
        for value in node.values():
            go_types(value)
    elif isinstance(node, list):
        for value in node:
            go_types(value)
    return node


def generate_go(service, doc_path):
    pkg = ident(service)
    narrowed = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump(go_types(json.load(open(doc_path))), narrowed)
    narrowed.close()
    doc_path = narrowed.name
    out = os.path.join(GO, "gen", pkg)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as cfg:
        cfg.write(f"package: {pkg}\ngenerate:\n  client: true\n  models: true\n"
                  f"output: {os.path.join(out, pkg + '.gen.go')}\n"
                  "output-options:\n  type-mapping:\n    number:\n      default:\n        type: float64\n")
    try:
        run(["go", "tool", "oapi-codegen", "-config", cfg.name, doc_path], os.path.join(SDKS, "tools", "gogen"))
    finally:
        os.unlink(cfg.name)
        os.unlink(doc_path)


def main(argv):
    version = project_version()
    base = version.split("-", 1)[0]
    py_version = base + (".dev0" if version.endswith("-SNAPSHOT") else "")
    table = []
    for service, _module in services():
        doc_path = os.path.join(SDKS, "openapi", f"{service}.json")
        document = json.load(open(doc_path))
        generate_python(service, doc_path)
        generate_go(service, doc_path)
        table.append((service, [(m, path_regex(p)) for m, p in idempotent_operations(document)], request_bodies(document)))
    # TypeScript: one openapi-ts job per service, configured from services.conf (openapi-ts.config.mjs)
    shutil.rmtree(os.path.join(TS_SRC, "generated"), ignore_errors=True)
    run(["node_modules/.bin/openapi-ts", "-f", "openapi-ts.config.mjs"], os.path.join(SDKS, "typescript"))

    header = "generated by sdks/tools/generate.py from sdks/services.conf and sdks/openapi/*.json; do not edit"
    # Python
    lines = [f"# {header}", "SERVICES = {"]
    for service, ops, bodies in table:
        lines.append(f"    {service!r}: {{\"env\": {('ENIS_' + ident_env(service) + '_URL')!r}, "
                     f"\"module\": {ident(service)!r}, \"idempotent\": {[list(o) for o in ops]!r},\n"
                     f"        \"bodies\": {[list(b) for b in bodies]!r}}},")
    lines.append("}")
    write(os.path.join(PY_PKG, "_services.py"), "\n".join(lines) + "\n")
    write(os.path.join(PY_PKG, "_version.py"), f"# {header}\n__version__ = {py_version!r}\n")
    pyproject = os.path.join(SDKS, "python", "pyproject.toml")
    text = open(pyproject).read()
    write(pyproject, re.sub(r'(?m)^version = ".*"$', f'version = "{py_version}"', text, count=1))
    # TypeScript
    lines = [f"// {header}"]
    for service, _, _ in table:
        lines.append(f"import * as {ident(service)} from './generated/{service}/index.js';")
        lines.append(f"import {{ createClient as {ident(service)}CreateClient }} from './generated/{service}/client/index.js';")
    lines.append("import type { Schema } from './schema.js';")
    lines.append(f"\nexport const VERSION = {json.dumps(version)};\n")
    lines.append("export const SERVICES = {")
    for service, ops, bodies in table:
        regexes = ", ".join(f"[{json.dumps(m)}, /{r.replace('/', chr(92) + '/')}/]" for m, r in ops)
        schemas = ", ".join(f"[{json.dumps(m)}, /{r.replace('/', chr(92) + '/')}/, {json.dumps(ct)}, {json.dumps(schema)}]"
                            for m, r, ct, schema in bodies)
        lines.append(f"  {json.dumps(service)}: {{ env: {json.dumps('ENIS_' + ident_env(service) + '_URL')}, "
                     f"api: {ident(service)}, createClient: {ident(service)}CreateClient, idempotent: [{regexes}] as [string, RegExp][],\n"
                     f"    bodies: [{schemas}] as [string, RegExp, string, Schema][] }},")
    lines.append("} as const;\n")
    write(os.path.join(TS_SRC, "services.gen.ts"), "\n".join(lines))
    package_json = os.path.join(SDKS, "typescript", "package.json")
    pkg = json.load(open(package_json))
    pkg["version"] = version
    write(package_json, json.dumps(pkg, indent=2) + "\n")
    # Go
    lines = [f"// Code {header}.", "", "package client", "", "import \"regexp\"", "",
             f"// Version is the SDK's version: the project's ({version}).", f"const Version = {json.dumps(version)}", "",
             "var services = map[string]serviceInfo{"]
    for service, ops, _ in table:
        regexes = ", ".join(f"{{{json.dumps(m)}, regexp.MustCompile(`{r}`)}}" for m, r in ops)
        lines.append(f"\t{json.dumps(service)}: {{env: {json.dumps('ENIS_' + ident_env(service) + '_URL')}, idempotent: []idempotentOp{{{regexes}}}}},")
    lines.append("}\n")
    write(os.path.join(GO, "client", "services.gen.go"), "\n".join(lines))
    run(["gofmt", "-w", os.path.join(GO, "client", "services.gen.go")], GO)

    write_client_classes([service for service, _, _ in table], header)

    if "--check" in argv:
        rel = [os.path.relpath(p, ROOT) for p in GENERATED]
        diff = subprocess.run(["git", "status", "--porcelain", "--"] + rel, cwd=ROOT, stdout=subprocess.PIPE, text=True).stdout
        if diff.strip():
            print("generate: the generated SDK code differs from the committed code:\n" + diff
                  + "run python3 sdks/tools/generate.py and commit the result", file=sys.stderr)
            return 1
    return 0


def hand_written(pattern, *paths):
    """Client class names the hand-written layer already defines (they get no generated class)."""
    names = set()
    for path in paths:
        if os.path.isdir(path):
            files = [os.path.join(path, f) for f in os.listdir(path) if f.endswith(".go") and not f.endswith(".gen.go")]
        else:
            files = [path]
        for f in files:
            names.update(re.findall(pattern, open(f).read()))
    return names


def write_client_classes(names, header):
    """A plain client class per service that has no hand-written one: the shared layer (key, URL,
    retries, errors, call/request/paginate) over that service's generated operations."""
    done = hand_written(r"(?m)^class (\w+)\(", os.path.join(PY_PKG, "clients.py"))
    lines = [f"# {header}", '"""A client per covered service without a hand-written one (see clients.py)."""',
             "from ._base import AsyncServiceClient, ServiceClient", ""]
    exported = []
    for service in names:
        cls = camel(service) + "Client"
        if cls in done:
            continue
        lines += ["", f"class {cls}(AsyncServiceClient):", f'    """{service}: every generated operation through ``call``; ``{"ENIS_" + ident_env(service) + "_URL"}`` overrides the base URL."""',
                  f"    service = {service!r}", "", "", f"class Sync{cls}(ServiceClient):", f'    """Synchronous :class:`{cls}`."""',
                  f"    service = {service!r}", ""]
        exported += [cls, "Sync" + cls]
    lines.append(f"\n__all__ = {exported!r}")
    write(os.path.join(PY_PKG, "_service_clients.py"), "\n".join(lines) + "\n")

    done = hand_written(r"export class (\w+) ", os.path.join(TS_SRC, "index.ts"))
    lines = [f"// {header}", "import { ServiceClient, type ClientOptions } from './base.js';", ""]
    for service in names:
        cls = camel(service) + "Client"
        if cls in done:
            continue
        lines += [f"/** {service}: every generated operation through call(); {'ENIS_' + ident_env(service) + '_URL'} overrides the base URL. */",
                  f"export class {cls} extends ServiceClient<{json.dumps(service)}> {{",
                  "  constructor(apiKey?: string, options?: ClientOptions) {", f"    super({json.dumps(service)}, apiKey, options);", "  }", "}", ""]
    if len(lines) == 3:
        lines.append("export {};")
    write(os.path.join(TS_SRC, "clients.gen.ts"), "\n".join(lines) + "\n")

    done = hand_written(r"func New(\w+)\(", os.path.join(GO, "client"))
    lines = [f"// Code {header}.", "", "package client", ""]
    body, imports = [], []
    for service in names:
        cls = camel(service) + "Client"
        if cls in done:
            continue
        pkg = ident(service)
        imports.append(f'\t"github.com/enis/cloud-infrastructure/gen/{pkg}"')
        body += [f"// {cls} is the {service} service; {'ENIS_' + ident_env(service) + '_URL'} overrides its base URL.",
                 f"type {cls} struct {{", "\t*base", "\t// API is the generated client (every operation), configured like this one.",
                 f"\tAPI *{pkg}.ClientWithResponses", "}", "",
                 f"// New{cls} returns a client; an empty apiKey means ENIS_API_KEY.",
                 f"func New{cls}(apiKey string, opts ...Option) *{cls} {{",
                 f"\tb := newBase({json.dumps(service)}, apiKey, opts)",
                 f"\tapi, err := {pkg}.NewClientWithResponses(b.baseURL, {pkg}.WithHTTPClient(b.http), {pkg}.WithRequestEditorFn(b.editor))",
                 "\tif err != nil && b.err == nil {", "\t\tb.err = err", "\t}", f"\treturn &{cls}{{base: b, API: api}}", "}", ""]
    if imports:
        lines += ["import ("] + imports + [")", ""]
    write(os.path.join(GO, "client", "clients.gen.go"), "\n".join(lines + body))
    run(["gofmt", "-w", os.path.join(GO, "client", "clients.gen.go")], GO)


def ident_env(service):
    return re.sub(r"[^A-Z0-9]", "_", service.upper())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

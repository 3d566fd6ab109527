// The TypeScript anchor of bench/synth: synthesizes the same stacks with cdktf 0.19.2 and the
// typed provider classes (@cdktf/provider-aws 18.0.3, -kubernetes 10.1.1, -helm 9.0.2; deep
// imports, as cdktf's docs write them), in Node, without jsii.
//
// It replays the Java synth output: for every resource and data source of each
// cdktf.out/stacks/<stack>/cdk.tf.json it instantiates the typed provider class for that
// Terraform type (looked up by its static tfResourceType), keeps the logical id and sets the same
// attributes; providers, backend, remote state and outputs likewise. The result has the same
// resources, attributes and references as the Java output, so both runs do the same cdktf work.
//
// Usage: node dist/main.js <java cdktf.out> <out dir> <iterations>
import * as fs from "fs";
import * as path from "path";
import { App, DataTerraformRemoteStateS3, S3Backend, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";

type Json = { [key: string]: any };
const classes = new Map<string, any>();
const PACKAGES: Record<string, string> = {
  aws: "@cdktf/provider-aws",
  kubernetes: "@cdktf/provider-kubernetes",
  helm: "@cdktf/provider-helm",
};

function typedClass(terraformType: string, namespacePrefix: string): any {
  const key = namespacePrefix + terraformType;
  const cached = classes.get(key);
  if (cached) return cached;
  const provider = terraformType.split("_")[0];
  // resources: lib/s3-bucket for aws_s3_bucket; data sources: lib/data-aws-iam-policy-document
  const file = (namespacePrefix ? "data-" + terraformType : terraformType.replace(`${provider}_`, "")).replace(/_/g, "-");
  const module = require(`${PACKAGES[provider]}/lib/${file}`) as Record<string, any>;
  const found = Object.values(module).find((exported: any) => exported && exported.tfResourceType === terraformType);
  if (!found) throw new Error(`no typed class for ${terraformType} in ${PACKAGES[provider]}/lib/${file}`);
  classes.set(key, found);
  return found;
}

function override(element: any, body: Json): void {
  for (const [attribute, value] of Object.entries(body)) {
    if (attribute !== "//") element.addOverride(attribute, value);
  }
}

function replay(scope: Construct, blocks: Json | undefined, namespacePrefix: string): void {
  for (const [type, byName] of Object.entries(blocks ?? {})) {
    if (type === "terraform_remote_state") continue;
    const Typed = typedClass(type, namespacePrefix);
    for (const [logicalId, body] of Object.entries(byName as Json)) {
      const resource = new Typed(scope, logicalId, {});
      resource.overrideLogicalId(logicalId);
      override(resource, body as Json);
    }
  }
}

class ReplayedStack extends TerraformStack {
  constructor(scope: Construct, id: string, synthesized: Json) {
    super(scope, id);
    const s3 = synthesized.terraform.backend.s3;
    new S3Backend(this, { bucket: s3.bucket, key: s3.key, region: s3.region, encrypt: s3.encrypt, dynamodbTable: s3.dynamodb_table });
    for (const [type, configs] of Object.entries(synthesized.provider as Json)) {
      const Provider = Object.values(require(`${PACKAGES[type]}/lib/provider`) as Record<string, any>)
        .find((exported: any) => exported && exported.tfResourceType === type);
      override(new Provider(this, type, {}), (configs as Json[])[0]);
    }
    for (const [name, remote] of Object.entries((synthesized.data ?? {}).terraform_remote_state ?? {})) {
      const config = (remote as Json).config;
      const state = new DataTerraformRemoteStateS3(this, name, {
        bucket: config.bucket, key: config.key, region: config.region, encrypt: config.encrypt, dynamodbTable: config.dynamodb_table,
        workspace: (remote as Json).workspace,
      });
      state.overrideLogicalId(name);
    }
    replay(this, synthesized.resource, "");
    replay(this, synthesized.data, "data_");
    for (const [name, output] of Object.entries(synthesized.output ?? {})) {
      const o = output as Json;
      new TerraformOutput(this, name, { value: o.value, description: o.description, sensitive: o.sensitive });
    }
  }
}

function synthAll(inputs: Map<string, Json>, outdir: string): number {
  const app = new App({ outdir, stackTraces: false });
  let resources = 0;
  for (const [id, synthesized] of inputs) {
    new ReplayedStack(app, id, synthesized);
    for (const byName of Object.values(synthesized.resource ?? {})) resources += Object.keys(byName as Json).length;
  }
  app.synth();
  return resources;
}

function main(): void {
  const [javaOut, outdir, iterationsArg] = process.argv.slice(2);
  const iterations = Number(iterationsArg ?? "0");
  const stacksDir = path.join(javaOut, "stacks");
  const inputs = new Map<string, Json>();
  for (const id of fs.readdirSync(stacksDir).sort()) {
    inputs.set(id, JSON.parse(fs.readFileSync(path.join(stacksDir, id, "cdk.tf.json"), "utf8")));
  }
  const first = synthAll(inputs, outdir);
  console.log(`typescript: ${inputs.size} stacks, ${first} resources; process uptime ${Math.round(process.uptime() * 1000)} ms`);
  const warm: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    synthAll(inputs, outdir);
    warm.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (warm.length > 0) {
    warm.sort((a, b) => a - b);
    console.log(`typescript warm re-synth, ${warm.length} iterations: median ${Math.round(warm[Math.floor(warm.length / 2)])} ms`);
    console.log(`RESULT ts_warm_median_ms=${Math.round(warm[Math.floor(warm.length / 2)])}`);
  }
}

main();

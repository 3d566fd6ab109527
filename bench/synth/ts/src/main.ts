// The TypeScript anchor of bench/synth: synthesizes the same platform stacks with cdktf 0.19.2 and
// the typed @cdktf/provider-aws 18.0.3 classes (deep imports, as cdktf's docs write them), in Node,
// without jsii.
//
// It replays the Java synth output: for every resource and data source of each
// cdktf.out/stacks/platform-<env>/cdk.tf.json it instantiates the typed provider class for that
// Terraform type (looked up by its static tfResourceType), keeps the logical id and sets the same
// attributes; provider, backend and outputs likewise. The result has the same resources,
// attributes and references as the Java output, so both runs do the same amount of cdktf work.
//
// Usage: node dist/main.js <java cdktf.out> <out dir> <iterations>
import * as fs from "fs";
import * as path from "path";
import { App, S3Backend, TerraformOutput, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Construct } from "constructs";

type Json = { [key: string]: any };
const classes = new Map<string, any>();

function typedClass(terraformType: string, namespacePrefix: string): any {
  const key = namespacePrefix + terraformType;
  const cached = classes.get(key);
  if (cached) return cached;
  // idiomatic deep import, as cdktf's docs write it: @cdktf/provider-aws/lib/s3-bucket
  const file = (namespacePrefix + terraformType).replace(/^aws_/, "").replace(/_/g, "-");
  const module = require(`@cdktf/provider-aws/lib/${file}`) as Record<string, any>;
  const found = Object.values(module).find((exported: any) => exported && exported.tfResourceType === terraformType);
  if (!found) throw new Error(`no typed class for ${terraformType} in lib/${file}`);
  classes.set(key, found);
  return found;
}

function replay(scope: Construct, blocks: Json | undefined, namespacePrefix: string): void {
  for (const [type, byName] of Object.entries(blocks ?? {})) {
    const Typed = typedClass(type, namespacePrefix);
    for (const [logicalId, body] of Object.entries(byName as Json)) {
      const resource = new Typed(scope, logicalId, {});
      resource.overrideLogicalId(logicalId);
      for (const [attribute, value] of Object.entries(body as Json)) {
        if (attribute !== "//") resource.addOverride(attribute, value);
      }
    }
  }
}

class ReplayedPlatformStack extends TerraformStack {
  constructor(scope: Construct, id: string, synthesized: Json) {
    super(scope, id);
    const s3 = synthesized.terraform.backend.s3;
    new S3Backend(this, { bucket: s3.bucket, key: s3.key, region: s3.region, encrypt: s3.encrypt, dynamodbTable: s3.dynamodb_table });
    const p = synthesized.provider.aws[0];
    new AwsProvider(this, "aws", {
      region: p.region,
      allowedAccountIds: p.allowed_account_ids,
      defaultTags: [{ tags: p.default_tags[0].tags }],
    });
    replay(this, synthesized.resource, "");
    replay(this, synthesized.data, "data_");
    for (const [name, output] of Object.entries(synthesized.output ?? {})) {
      new TerraformOutput(this, name, { value: (output as Json).value, description: (output as Json).description });
    }
  }
}

function synthAll(inputs: Map<string, Json>, outdir: string): number {
  const app = new App({ outdir, stackTraces: false });
  let resources = 0;
  for (const [id, synthesized] of inputs) {
    new ReplayedPlatformStack(app, id, synthesized);
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
  for (const id of fs.readdirSync(stacksDir).filter((d) => d.startsWith("platform-")).sort()) {
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

// Reads a JSON array of {name, expr} from the file given as argument and parses each expr with
// Prometheus's grammar (the one the Prometheus UI uses). Prints one line per invalid expression
// with the position of the first error and exits 1 if any; exits 0 when all parse.
import { readFileSync } from "node:fs";
import { parser } from "@prometheus-io/lezer-promql";

const rules = JSON.parse(readFileSync(process.argv[2], "utf8"));
let failures = 0;
for (const { name, expr } of rules) {
  const tree = parser.parse(expr);
  let error = null;
  tree.iterate({
    enter(node) {
      if (error === null && node.type.isError) error = node.from;
    },
  });
  if (error !== null) {
    failures++;
    console.log(`${name}: invalid PromQL at offset ${error}: ${expr.slice(0, error)} <here> ${expr.slice(error)}`);
  }
}
console.log(`${rules.length - failures} of ${rules.length} expressions parse`);
process.exit(failures === 0 ? 0 : 1);

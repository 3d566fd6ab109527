package io.enis.stacks.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dependency graph of synthesized stacks as a mermaid flowchart: one subgraph per stack with
 * its main resources, and an edge from each stack to the stacks it reads through remote state.
 * Built from the synthesized JSON, so it shows what Terraform will see; deterministic, so it can
 * be embedded in the docs and checked for staleness.
 */
public final class StackGraph {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REMOTE_STATE_PREFIX = "cross-stack-reference-input-";
    /** Resource types shown one node per resource, with the attribute naming them. */
    private static final Map<String, String[]> NAMED = new LinkedHashMap<>();
    /** Resource types shown as one node with a count. */
    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        NAMED.put("aws_vpc", new String[] {"VPC", "cidr_block"});
        NAMED.put("aws_eks_cluster", new String[] {"EKS", "name"});
        NAMED.put("aws_db_instance", new String[] {"PostgreSQL", "identifier"});
        NAMED.put("aws_elasticache_replication_group", new String[] {"Redis", "replication_group_id"});
        NAMED.put("aws_s3_bucket", new String[] {"S3", "bucket"});
        NAMED.put("helm_release", new String[] {"Helm release", "name"});
        NAMED.put("kubernetes_deployment_v1", new String[] {"Deployment", "metadata.name"});
        NAMED.put("kubernetes_job_v1", new String[] {"Job", "metadata.name"});
        COUNTED.put("aws_kms_key", "KMS keys");
        COUNTED.put("aws_ecr_repository", "ECR repositories");
        COUNTED.put("aws_secretsmanager_secret", "Secrets Manager secrets");
        COUNTED.put("aws_iam_role", "IAM roles");
    }

    private StackGraph() {}

    /** The mermaid flowchart of the stacks in {@code outdir/stacks/}, in the order given. */
    public static String mermaid(Path outdir, List<String> stackIds) {
        StringBuilder graph = new StringBuilder("flowchart LR\n");
        List<String> edges = new ArrayList<>();
        for (String id : stackIds) {
            JsonNode stack = read(outdir.resolve("stacks").resolve(id).resolve("cdk.tf.json"));
            graph.append("  subgraph ")
                    .append(node(id))
                    .append("[\"")
                    .append(id)
                    .append("\"]\n");
            JsonNode resources = stack.path("resource");
            NAMED.forEach((type, label) -> {
                TreeSet<String> names = new TreeSet<>();
                resources.path(type).forEach(resource -> names.add(attribute(resource, label[1])));
                names.forEach(name -> graph.append("    ")
                        .append(node(id + "_" + type + "_" + name))
                        .append("[\"")
                        .append(label[0])
                        .append(" ")
                        .append(name)
                        .append("\"]\n"));
            });
            COUNTED.forEach((type, label) -> {
                int count = resources.path(type).size();
                if (count > 0) {
                    graph.append("    ")
                            .append(node(id + "_" + type))
                            .append("[\"")
                            .append(label)
                            .append(" (")
                            .append(count)
                            .append(")\"]\n");
                }
            });
            graph.append("  end\n");
            Iterator<String> remotes =
                    stack.path("data").path("terraform_remote_state").fieldNames();
            remotes.forEachRemaining(remote -> {
                if (remote.startsWith(REMOTE_STATE_PREFIX)) {
                    edges.add("  " + node(id) + " -->|remote state| "
                            + node(remote.substring(REMOTE_STATE_PREFIX.length())) + "\n");
                }
            });
        }
        edges.forEach(graph::append);
        return graph.toString();
    }

    private static String attribute(JsonNode resource, String path) {
        JsonNode node = resource;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node.asText("?").replace("\"", "'");
    }

    private static String node(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "_");
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synthesized " + file, e);
        }
    }
}

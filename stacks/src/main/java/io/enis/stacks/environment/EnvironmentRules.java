package io.enis.stacks.environment;

import com.fasterxml.jackson.databind.JsonNode;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.enis.constructs.k8s.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Checks a schema cannot express: CIDRs that parse, are network addresses, sit inside the VPC and
 * do not overlap; one subnet per zone; enough zones for EKS and for multi-AZ data stores; sizes in
 * order (min ≤ desired ≤ max, request ≤ limit); the name matching the file. Works on the raw
 * document so that it can report its findings together with the schema's, skipping any value the
 * schema already rejected.
 */
final class EnvironmentRules {
    private static final int MIN_PREFIX = 16;
    private static final int MAX_PREFIX = 28;
    private static final List<String> TIERS = List.of("publicSubnets", "privateSubnets", "dataSubnets");

    private final List<String> errors = new ArrayList<>();

    private EnvironmentRules() {}

    /** Every rule violation in {@code doc}, which was read from the file named {@code fileName}. */
    static List<String> check(String fileName, JsonNode doc, java.util.Set<String> chartKeys) {
        EnvironmentRules rules = new EnvironmentRules();
        rules.name(fileName, doc);
        int zones = rules.zones(doc);
        rules.multiAz(doc, zones);
        rules.network(doc.path("network"), zones);
        rules.publicAccess(doc.path("eks").path("publicAccessCidrs"));
        rules.nodeGroups(doc.path("eks").path("nodeGroups"));
        rules.ordered(doc.path("postgres"), "postgres", "allocatedStorageGb", "maxAllocatedStorageGb");
        rules.services(doc.path("services"));
        rules.observability(doc.path("observability"), doc.path("services").path("observability"));
        rules.chartVersions(doc.path("addons").path("chartVersions"), chartKeys);
        return rules.errors;
    }

    private void name(String fileName, JsonNode doc) {
        String expected = fileName.replaceFirst("\\.ya?ml$", "");
        JsonNode name = doc.path("name");
        if (name.isTextual() && !name.asText().equals(expected)) {
            errors.add("name: '" + name.asText() + "' does not match the file name; allowed: " + expected);
        }
    }

    private int zones(JsonNode doc) {
        JsonNode zones = doc.path("availabilityZones");
        if (!zones.isArray()) {
            return -1;
        }
        JsonNode region = doc.path("account").path("region");
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i).asText();
            if (region.isTextual() && !zone.matches(java.util.regex.Pattern.quote(region.asText()) + "[a-z]")) {
                errors.add("availabilityZones[" + i + "]: '" + zone + "' is not a zone of region " + region.asText()
                        + "; allowed: zones such as " + region.asText() + "a");
            }
        }
        if (zones.size() < 2) {
            errors.add("availabilityZones: has " + zones.size()
                    + " zone; allowed: at least 2 (EKS needs subnets in two zones)");
        }
        return zones.size();
    }

    private void multiAz(JsonNode doc, int zones) {
        for (String store : List.of("postgres", "redis")) {
            if (doc.path(store).path("multiAz").asBoolean(false) && zones >= 0 && zones < 2) {
                errors.add(store + ".multiAz: is true but only " + zones
                        + " availability zone is listed; allowed: at least 2 zones, or multiAz false");
            }
        }
        JsonNode redis = doc.path("redis");
        if (redis.path("multiAz").asBoolean(false)
                && redis.path("replicas").isInt()
                && redis.path("replicas").asInt() < 1) {
            errors.add("redis.multiAz: is true but replicas is 0; allowed: at least 1 replica, or multiAz false");
        }
    }

    private void network(JsonNode network, int zones) {
        IPAddress vpc = cidr("network.vpcCidr", network.path("vpcCidr"));
        Map<String, IPAddress> subnets = new LinkedHashMap<>();
        for (String tier : TIERS) {
            JsonNode list = network.path(tier);
            if (!list.isArray()) {
                continue;
            }
            String path = "network." + tier;
            if (zones >= 0 && list.size() != zones) {
                errors.add(path + ": has " + list.size() + " CIDR(s) for " + zones
                        + " availability zone(s); allowed: exactly one per zone");
            }
            for (int i = 0; i < list.size(); i++) {
                String itemPath = path + "[" + i + "]";
                IPAddress subnet = cidr(itemPath, list.get(i));
                if (subnet == null) {
                    continue;
                }
                if (vpc != null && !vpc.contains(subnet)) {
                    errors.add(itemPath + ": " + subnet + " is outside network.vpcCidr " + vpc
                            + "; allowed: CIDRs inside the VPC");
                    continue;
                }
                subnets.forEach((otherPath, other) -> {
                    if (other.contains(subnet) || subnet.contains(other)) {
                        errors.add(itemPath + ": " + subnet + " overlaps " + otherPath + " " + other
                                + "; allowed: subnets that do not overlap");
                    }
                });
                subnets.put(itemPath, subnet);
            }
        }
    }

    private void publicAccess(JsonNode cidrs) {
        for (int i = 0; i < cidrs.size(); i++) {
            String path = "eks.publicAccessCidrs[" + i + "]";
            JsonNode value = cidrs.get(i);
            if (value.isTextual() && value.asText().endsWith("/0")) {
                errors.add(path + ": '" + value.asText() + "' opens the API to the internet; allowed: specific CIDRs");
            } else {
                cidr(path, value, 1, 32);
            }
        }
    }

    private void nodeGroups(JsonNode groups) {
        groups.fields().forEachRemaining(group -> {
            String path = "eks.nodeGroups." + group.getKey();
            ordered(group.getValue(), path, "minSize", "desiredSize");
            ordered(group.getValue(), path, "desiredSize", "maxSize");
        });
    }

    private void services(JsonNode services) {
        services.fields().forEachRemaining(service -> {
            String path = "services." + service.getKey();
            JsonNode spec = service.getValue();
            ordered(spec.path("replicas"), path + ".replicas", "min", "max");
            JsonNode minAvailable = spec.path("minAvailable");
            JsonNode minReplicas = spec.path("replicas").path("min");
            if (minAvailable.isInt() && minReplicas.isInt() && minReplicas.asInt() <= minAvailable.asInt()) {
                errors.add(path + ".replicas.min: is " + minReplicas.asInt()
                        + " but minAvailable (the PodDisruptionBudget minimum) is " + minAvailable.asInt()
                        + "; allowed: at least minAvailable + 1, so that a node drain can evict a pod");
            }
            JsonNode maxReplicas = spec.path("replicas").path("max");
            if (spec.has("storageGi") && maxReplicas.isInt() && maxReplicas.asInt() != 1) {
                errors.add(path + ".replicas.max: is " + maxReplicas.asInt()
                        + " but the service has storageGi (a ReadWriteOnce "
                        + "volume, mounted by one pod); allowed: 1");
            }
            JsonNode resources = spec.path("resources");
            orderedQuantity(resources, path + ".resources", "cpuRequest", "cpuLimit", Quantities::millicores);
            orderedQuantity(resources, path + ".resources", "memoryRequest", "memoryLimit", Quantities::mebibytes);
        });
    }

    /**
     * The metrics backend decides the service's shape: embedded needs its volume ({@code storageGi},
     * hence one replica) and no engine sizing; remote is stateless (no volume) and runs several
     * replicas, and Mimir keeps each series on at most as many ingesters as there are.
     */
    private void observability(JsonNode observability, JsonNode service) {
        JsonNode backend = observability.path("metricsBackend");
        if (!backend.isTextual() || !service.isObject()) {
            return;
        }
        String path = "services.observability";
        if (backend.asText().equals("embedded")) {
            if (!service.has("storageGi")) {
                errors.add(path + ".storageGi: missing required field with observability.metricsBackend embedded; "
                        + "allowed: GiB of the metrics store's volume, 1..16384");
            }
            if (observability.has("mimir")) {
                errors.add("observability.mimir: is set but observability.metricsBackend is embedded; "
                        + "allowed: only with metricsBackend remote");
            }
        } else if (backend.asText().equals("remote")) {
            if (service.has("storageGi")) {
                errors.add(path + ".storageGi: is set but observability.metricsBackend is remote (the service is "
                        + "stateless, metrics live in Mimir); allowed: no storageGi");
            }
            JsonNode minReplicas = service.path("replicas").path("min");
            if (minReplicas.isInt() && minReplicas.asInt() < 2) {
                errors.add(path + ".replicas.min: is " + minReplicas.asInt()
                        + " but observability.metricsBackend is remote; allowed: at least 2 (stateless replicas "
                        + "behind an HPA, so that one pod's loss is no outage)");
            }
            JsonNode mimir = observability.path("mimir");
            JsonNode factor = mimir.path("replicationFactor");
            JsonNode ingesters = mimir.path("ingesters").path("replicas");
            if (factor.isInt() && ingesters.isInt() && ingesters.asInt() < factor.asInt()) {
                errors.add("observability.mimir.ingesters.replicas: is " + ingesters.asInt()
                        + " but replicationFactor is " + factor.asInt()
                        + "; allowed: at least replicationFactor (each series is written to that many ingesters)");
            }
            for (String component : List.of("ingesters", "distributors", "queriers", "storeGateways")) {
                JsonNode own = mimir.path(component).path("resources");
                String at = "observability.mimir." + component + ".resources";
                orderedQuantity(own, at, "cpuRequest", "cpuLimit", Quantities::millicores);
                orderedQuantity(own, at, "memoryRequest", "memoryLimit", Quantities::mebibytes);
            }
        }
    }

    private void chartVersions(JsonNode overrides, java.util.Set<String> chartKeys) {
        overrides.fieldNames().forEachRemaining(key -> {
            if (!chartKeys.contains(key)) {
                errors.add("addons.chartVersions." + key + ": unknown chart; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(chartKeys)));
            }
        });
    }

    private void ordered(JsonNode parent, String path, String lower, String upper) {
        JsonNode low = parent.path(lower);
        JsonNode high = parent.path(upper);
        if (low.isInt() && high.isInt() && low.asInt() > high.asInt()) {
            errors.add(path + "." + upper + ": is " + high.asInt() + " but " + lower + " is " + low.asInt()
                    + "; allowed: at least " + lower);
        }
    }

    private void orderedQuantity(
            JsonNode parent, String path, String request, String limit, ToLongFunction<String> amount) {
        JsonNode low = parent.path(request);
        JsonNode high = parent.path(limit);
        try {
            if (low.isTextual()
                    && high.isTextual()
                    && amount.applyAsLong(low.asText()) > amount.applyAsLong(high.asText())) {
                errors.add(path + "." + limit + ": " + high.asText() + " is below " + request + " " + low.asText()
                        + "; allowed: a limit at least the request");
            }
        } catch (RuntimeException malformed) {
            // the schema reports malformed quantities
        }
    }

    private IPAddress cidr(String path, JsonNode value) {
        return cidr(path, value, MIN_PREFIX, MAX_PREFIX);
    }

    private IPAddress cidr(String path, JsonNode value, int minPrefix, int maxPrefix) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText();
        IPAddress address = new IPAddressString(text).getAddress();
        if (address == null || !address.isIPv4() || address.getNetworkPrefixLength() == null) {
            errors.add(path + ": '" + text + "' is not an IPv4 CIDR; allowed: a.b.c.d/n such as 10.20.0.0/16");
            return null;
        }
        if (!address.isPrefixBlock()) {
            errors.add(path + ": '" + text + "' is not a network address; allowed: " + address.toPrefixBlock()
                    + " (host bits zero)");
            return null;
        }
        int prefix = address.getNetworkPrefixLength();
        if (prefix < minPrefix || prefix > maxPrefix) {
            errors.add(
                    path + ": '" + text + "' has prefix /" + prefix + "; allowed: /" + minPrefix + " to /" + maxPrefix);
            return null;
        }
        return address;
    }
}

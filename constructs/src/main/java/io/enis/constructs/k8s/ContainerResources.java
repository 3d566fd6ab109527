package io.enis.constructs.k8s;

import io.enis.constructs.core.OrderedMap;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Map;

/**
 * Requests and limits of a container; both are always set. Build with {@link #builder()}, which
 * names each of the four quantities.
 *
 * @param cpuRequest required: cores or millicores, e.g. {@code 250m}
 * @param memoryRequest required: Mi or Gi, e.g. {@code 256Mi}
 * @param cpuLimit required: at least {@code cpuRequest}, e.g. {@code 1}
 * @param memoryLimit required: at least {@code memoryRequest}, e.g. {@code 512Mi}
 */
@RecordBuilder
public record ContainerResources(String cpuRequest, String memoryRequest, String cpuLimit, String memoryLimit) {
    private static final String CPU = "([0-9]+m|[0-9]+(\\.[0-9]{1,3})?)";
    private static final String MEMORY = "[0-9]+(Mi|Gi)";

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing, not a quantity, or a limit is below its request */
    public ContainerResources {
        Require require = Require.of("ContainerResources");
        require.matches("cpuRequest", cpuRequest, CPU, "use cores or millicores such as 250m or 0.5");
        require.matches("cpuLimit", cpuLimit, CPU, "use cores or millicores such as 1 or 500m");
        require.matches("memoryRequest", memoryRequest, MEMORY, "use Mi or Gi such as 256Mi");
        require.matches("memoryLimit", memoryLimit, MEMORY, "use Mi or Gi such as 512Mi");
        require.check(Quantities.millicores(cpuLimit) >= Quantities.millicores(cpuRequest), "cpuLimit",
                cpuLimit + " is below cpuRequest " + cpuRequest + "; allowed: a limit at least the request");
        require.check(Quantities.mebibytes(memoryLimit) >= Quantities.mebibytes(memoryRequest), "memoryLimit",
                memoryLimit + " is below memoryRequest " + memoryRequest + "; allowed: a limit at least the request");
    }

    public static ContainerResourcesBuilder builder() {
        return ContainerResourcesBuilder.builder();
    }

    /** {@code cpu} and {@code memory} requests. */
    public Map<String, String> requests() {
        return OrderedMap.strings("cpu", cpuRequest, "memory", memoryRequest);
    }

    /** {@code cpu} and {@code memory} limits. */
    public Map<String, String> limits() {
        return OrderedMap.strings("cpu", cpuLimit, "memory", memoryLimit);
    }
}

package io.enis.constructs.aws.eks;

import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * One managed node group of an {@link EksCluster}; build with {@link #builder()}.
 *
 * @param name required: kebab case, e.g. {@code general}
 * @param instanceTypes required: EC2 instance types, e.g. {@code m6i.large}
 * @param minSize required: at least 1
 * @param desiredSize required: between minSize and maxSize; the cluster autoscaler owns it after creation
 * @param maxSize required: at least minSize
 * @param diskSizeGb root volume size; default 50
 * @param capacityType {@code ON_DEMAND} or {@code SPOT}; default {@code ON_DEMAND}
 */
@RecordBuilder
public record NodeGroupSpec(
        String name,
        List<String> instanceTypes,
        Integer minSize,
        Integer desiredSize,
        Integer maxSize,
        Integer diskSizeGb,
        String capacityType) {

    /** @throws io.enis.constructs.core.InvalidPropsException when sizes are inconsistent or a value is missing */
    public NodeGroupSpec {
        Require require = Require.of("NodeGroupSpec");
        require.check(
                name != null && name.matches("[a-z][a-z0-9-]{0,30}"),
                "name",
                "'" + name + "' is not allowed; use lower-case kebab case");
        instanceTypes = require.notEmpty("instanceTypes", instanceTypes);
        require.present("minSize", minSize);
        require.present("desiredSize", desiredSize);
        require.present("maxSize", maxSize);
        require.range("minSize", minSize, 1, 1000);
        require.range("maxSize", maxSize, minSize, 1000);
        require.range("desiredSize", desiredSize, minSize, maxSize);
        diskSizeGb = require.range("diskSizeGb", diskSizeGb == null ? 50 : diskSizeGb, 20, 16384);
        capacityType = capacityType == null ? "ON_DEMAND" : capacityType;
        require.check(
                capacityType.equals("ON_DEMAND") || capacityType.equals("SPOT"),
                "capacityType",
                "'" + capacityType + "' is not allowed; allowed: ON_DEMAND, SPOT");
    }

    public static NodeGroupSpecBuilder builder() {
        return NodeGroupSpecBuilder.builder();
    }
}

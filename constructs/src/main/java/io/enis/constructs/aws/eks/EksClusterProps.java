package io.enis.constructs.aws.eks;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Props of {@link EksCluster}; build with {@link #builder()}.
 *
 * @param naming required: the cluster is named {@code <prefix>-eks}
 * @param account required
 * @param version required: Kubernetes {@code MAJOR.MINOR}, e.g. {@code 1.29}
 * @param vpcId required
 * @param subnetIds required: private subnets in at least two AZs (control-plane ENIs and nodes)
 * @param key required: envelope-encrypts Kubernetes secrets and the nodes' volumes
 * @param logKey required: encrypts the control-plane log group
 * @param logRetentionDays default 365
 * @param apiAccessCidrs CIDRs inside the VPC allowed to reach the private API endpoint on 443
 *     (nodes reach it through the cluster security group); default none
 * @param publicEndpoint default false: the API endpoint is private only
 * @param publicAccessCidrs required and only allowed when {@code publicEndpoint} is true: the
 *     allowlist of the public endpoint; {@code 0.0.0.0/0} is never allowed
 * @param nodeGroups required: at least one managed node group
 */
@RecordBuilder
public record EksClusterProps(
        Naming naming,
        AwsAccount account,
        String version,
        String vpcId,
        List<String> subnetIds,
        EncryptionKey key,
        EncryptionKey logKey,
        Integer logRetentionDays,
        List<String> apiAccessCidrs,
        Boolean publicEndpoint,
        List<String> publicAccessCidrs,
        List<NodeGroupSpec> nodeGroups) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or props contradict each other */
    public EksClusterProps {
        Require require = Require.of("EksClusterProps");
        require.present("naming", naming);
        require.present("account", account);
        require.check(
                version != null && version.matches("1\\.\\d{2}"),
                "version",
                "'" + version + "' is not allowed; use a Kubernetes MAJOR.MINOR such as 1.29");
        require.text("vpcId", vpcId);
        subnetIds = require.notEmpty("subnetIds", subnetIds);
        require.check(
                subnetIds.size() >= 2,
                "subnetIds",
                "has " + subnetIds.size() + "; allowed: at least 2 subnets in different AZs");
        require.present("key", key);
        require.present("logKey", logKey);
        logRetentionDays = logRetentionDays == null ? 365 : logRetentionDays;
        apiAccessCidrs = require.list(apiAccessCidrs);
        publicEndpoint = publicEndpoint != null && publicEndpoint;
        publicAccessCidrs = require.list(publicAccessCidrs);
        if (publicEndpoint) {
            require.check(
                    !publicAccessCidrs.isEmpty(),
                    "publicAccessCidrs",
                    "is empty but publicEndpoint is true; allowed: an explicit allowlist of CIDRs, or publicEndpoint false");
            require.check(
                    !publicAccessCidrs.contains("0.0.0.0/0"),
                    "publicAccessCidrs",
                    "contains 0.0.0.0/0; allowed: specific CIDRs only");
        } else {
            require.check(
                    publicAccessCidrs.isEmpty(),
                    "publicAccessCidrs",
                    "is set but publicEndpoint is false; allowed: set publicEndpoint true to use an allowlist");
        }
        nodeGroups = require.notEmpty("nodeGroups", nodeGroups);
    }

    public static EksClusterPropsBuilder builder() {
        return EksClusterPropsBuilder.builder();
    }
}

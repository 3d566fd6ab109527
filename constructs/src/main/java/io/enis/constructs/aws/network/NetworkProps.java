package io.enis.constructs.aws.network;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Props of {@link Network}; build with {@link #builder()}.
 *
 * @param naming required
 * @param account required: scopes the flow-log role's trust to this account
 * @param cidr required: the VPC CIDR, e.g. {@code 10.20.0.0/16}
 * @param availabilityZones required: at least two zone names
 * @param publicSubnetCidrs required: one per availability zone, in the same order
 * @param privateSubnetCidrs required: one per availability zone (workloads, EKS nodes)
 * @param dataSubnetCidrs required: one per availability zone (databases, caches); no internet route
 * @param natGateways default {@link NatGateways#PER_AZ}
 * @param flowLogRetentionDays default 365; a CloudWatch retention value
 * @param logKey required: encrypts the flow-log group; must allow the CloudWatch Logs service
 */
@RecordBuilder
public record NetworkProps(
        Naming naming,
        AwsAccount account,
        String cidr,
        List<String> availabilityZones,
        List<String> publicSubnetCidrs,
        List<String> privateSubnetCidrs,
        List<String> dataSubnetCidrs,
        NatGateways natGateways,
        Integer flowLogRetentionDays,
        EncryptionKey logKey) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or subnet counts differ from the AZ count */
    public NetworkProps {
        Require require = Require.of("NetworkProps");
        require.present("naming", naming);
        require.present("account", account);
        require.text("cidr", cidr);
        require.present("logKey", logKey);
        availabilityZones = require.notEmpty("availabilityZones", availabilityZones);
        require.check(
                availabilityZones.size() >= 2,
                "availabilityZones",
                "has " + availabilityZones.size()
                        + " zone(s); allowed: at least 2 (EKS and multi-AZ databases need two)");
        publicSubnetCidrs = perZone(require, "publicSubnetCidrs", publicSubnetCidrs, availabilityZones.size());
        privateSubnetCidrs = perZone(require, "privateSubnetCidrs", privateSubnetCidrs, availabilityZones.size());
        dataSubnetCidrs = perZone(require, "dataSubnetCidrs", dataSubnetCidrs, availabilityZones.size());
        natGateways = natGateways == null ? NatGateways.PER_AZ : natGateways;
        flowLogRetentionDays = flowLogRetentionDays == null ? 365 : flowLogRetentionDays;
    }

    private static List<String> perZone(Require require, String field, List<String> cidrs, int zones) {
        List<String> copy = require.list(cidrs);
        require.check(
                copy.size() == zones,
                field,
                "has " + copy.size() + " CIDR(s); allowed: exactly one per availability zone (" + zones + ")");
        return copy;
    }

    public static NetworkPropsBuilder builder() {
        return NetworkPropsBuilder.builder();
    }
}

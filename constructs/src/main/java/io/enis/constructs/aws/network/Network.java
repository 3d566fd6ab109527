package io.enis.constructs.aws.network;

import static io.enis.constructs.aws.iam.Policies.allow;

import com.hashicorp.cdktf.providers.aws.default_security_group.DefaultSecurityGroup;
import com.hashicorp.cdktf.providers.aws.default_security_group.DefaultSecurityGroupConfig;
import com.hashicorp.cdktf.providers.aws.eip.Eip;
import com.hashicorp.cdktf.providers.aws.eip.EipConfig;
import com.hashicorp.cdktf.providers.aws.flow_log.FlowLog;
import com.hashicorp.cdktf.providers.aws.flow_log.FlowLogConfig;
import com.hashicorp.cdktf.providers.aws.internet_gateway.InternetGateway;
import com.hashicorp.cdktf.providers.aws.internet_gateway.InternetGatewayConfig;
import com.hashicorp.cdktf.providers.aws.nat_gateway.NatGateway;
import com.hashicorp.cdktf.providers.aws.nat_gateway.NatGatewayConfig;
import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.route.RouteConfig;
import com.hashicorp.cdktf.providers.aws.route_table.RouteTable;
import com.hashicorp.cdktf.providers.aws.route_table.RouteTableConfig;
import com.hashicorp.cdktf.providers.aws.route_table_association.RouteTableAssociation;
import com.hashicorp.cdktf.providers.aws.route_table_association.RouteTableAssociationConfig;
import com.hashicorp.cdktf.providers.aws.subnet.Subnet;
import com.hashicorp.cdktf.providers.aws.subnet.SubnetConfig;
import com.hashicorp.cdktf.providers.aws.vpc.Vpc;
import com.hashicorp.cdktf.providers.aws.vpc.VpcConfig;
import io.enis.constructs.aws.iam.AwsServiceRole;
import io.enis.constructs.aws.iam.AwsServiceRoleProps;
import io.enis.constructs.aws.logs.LogGroup;
import io.enis.constructs.aws.logs.LogGroupProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * A VPC across N availability zones with three subnet tiers.
 *
 * <ul>
 *   <li>public: internet gateway route; load balancers only; no public IPs assigned on launch</li>
 *   <li>private: default route through NAT per {@link NatGateways}; EKS nodes and workloads</li>
 *   <li>data: no route to the internet at all; databases and caches</li>
 * </ul>
 * All traffic is recorded by VPC flow logs into a KMS-encrypted log group, and the default
 * security group is adopted with every rule removed so nothing can use it by accident.
 */
public final class Network extends Construct {
    private final Vpc vpc;
    private final List<Subnet> publicSubnets = new ArrayList<>();
    private final List<Subnet> privateSubnets = new ArrayList<>();
    private final List<Subnet> dataSubnets = new ArrayList<>();
    private final NetworkProps props;

    public Network(Construct scope, String id, NetworkProps props) {
        super(scope, id);
        this.props = props;
        var naming = props.naming();
        this.vpc = new Vpc(
                this,
                "Vpc",
                VpcConfig.builder()
                        .cidrBlock(props.cidr())
                        .enableDnsSupport(true)
                        .enableDnsHostnames(true)
                        .tags(Map.of("Name", naming.name("vpc")))
                        .build());
        // Adopting the default security group without rules removes all of its rules.
        new DefaultSecurityGroup(
                this,
                "DefaultSecurityGroup",
                DefaultSecurityGroupConfig.builder()
                        .vpcId(vpc.getId())
                        .tags(Map.of("Name", naming.name("default-deny-all")))
                        .build());
        var internetGateway = new InternetGateway(
                this,
                "InternetGateway",
                InternetGatewayConfig.builder()
                        .vpcId(vpc.getId())
                        .tags(Map.of("Name", naming.name("igw")))
                        .build());

        createTier("Public", "public", props.publicSubnetCidrs(), publicSubnets, Map.of("kubernetes.io/role/elb", "1"));
        createTier(
                "Private",
                "private",
                props.privateSubnetCidrs(),
                privateSubnets,
                Map.of("kubernetes.io/role/internal-elb", "1"));
        createTier("Data", "data", props.dataSubnetCidrs(), dataSubnets, Map.of());

        var publicRoutes = routeTable("PublicRoutes", "public");
        defaultRoute("PublicDefaultRoute", publicRoutes, r -> r.gatewayId(internetGateway.getId()));
        associate("Public", publicRoutes, publicSubnets);

        List<NatGateway> nats = natGateways();
        for (int i = 0; i < privateSubnets.size(); i++) {
            var table = routeTable(
                    "PrivateRoutes" + i, "private-" + props.availabilityZones().get(i));
            if (!nats.isEmpty()) {
                NatGateway nat = nats.get(i % nats.size());
                defaultRoute("PrivateDefaultRoute" + i, table, r -> r.natGatewayId(nat.getId()));
            }
            associate("Private" + i, table, List.of(privateSubnets.get(i)));
        }
        associate("Data", routeTable("DataRoutes", "data"), dataSubnets);

        flowLogs();
    }

    private void createTier(String id, String tier, List<String> cidrs, List<Subnet> into, Map<String, String> tags) {
        for (int i = 0; i < cidrs.size(); i++) {
            String zone = props.availabilityZones().get(i);
            var allTags = new java.util.LinkedHashMap<String, String>(tags);
            allTags.put("Name", props.naming().name(tier + "-" + zone));
            allTags.put("Tier", tier);
            into.add(new Subnet(
                    this,
                    id + "Subnet" + i,
                    SubnetConfig.builder()
                            .vpcId(vpc.getId())
                            .cidrBlock(cidrs.get(i))
                            .availabilityZone(zone)
                            .mapPublicIpOnLaunch(false)
                            .tags(allTags)
                            .build()));
        }
    }

    private List<NatGateway> natGateways() {
        int count = switch (props.natGateways()) {
            case NONE -> 0;
            case ONE -> 1;
            case PER_AZ -> publicSubnets.size();
        };
        List<NatGateway> nats = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String zone = props.availabilityZones().get(i);
            var eip = new Eip(
                    this,
                    "NatAddress" + i,
                    EipConfig.builder()
                            .domain("vpc")
                            .tags(Map.of("Name", props.naming().name("nat-" + zone)))
                            .build());
            nats.add(new NatGateway(
                    this,
                    "NatGateway" + i,
                    NatGatewayConfig.builder()
                            .allocationId(eip.getId())
                            .subnetId(publicSubnets.get(i).getId())
                            .tags(Map.of("Name", props.naming().name("nat-" + zone)))
                            .build()));
        }
        return nats;
    }

    private RouteTable routeTable(String id, String purpose) {
        return new RouteTable(
                this,
                id,
                RouteTableConfig.builder()
                        .vpcId(vpc.getId())
                        .tags(Map.of("Name", props.naming().name("rt-" + purpose)))
                        .build());
    }

    private void defaultRoute(
            String id, RouteTable table, java.util.function.UnaryOperator<RouteConfig.Builder> target) {
        new Route(
                this,
                id,
                target.apply(RouteConfig.builder().routeTableId(table.getId()).destinationCidrBlock("0.0.0.0/0"))
                        .build());
    }

    private void associate(String id, RouteTable table, List<Subnet> subnets) {
        for (int i = 0; i < subnets.size(); i++) {
            new RouteTableAssociation(
                    this,
                    id + "Association" + i,
                    RouteTableAssociationConfig.builder()
                            .routeTableId(table.getId())
                            .subnetId(subnets.get(i).getId())
                            .build());
        }
    }

    private void flowLogs() {
        var naming = props.naming();
        var group = new LogGroup(
                this,
                "FlowLogGroup",
                LogGroupProps.builder()
                        .name("/aws/vpc/" + naming.name("flow-logs"))
                        .retentionDays(props.flowLogRetentionDays())
                        .key(props.logKey())
                        .build());
        var role = new AwsServiceRole(
                this,
                "FlowLogRole",
                AwsServiceRoleProps.builder()
                        .naming(naming)
                        .purpose("flow-logs")
                        .account(props.account())
                        .servicePrincipal("vpc-flow-logs.amazonaws.com")
                        .statements(List.of(allow("WriteFlowLogs")
                                .actions(
                                        List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"))
                                .resources(List.of(group.arn(), group.arn() + ":*"))
                                .build()))
                        .build());
        new FlowLog(
                this,
                "FlowLog",
                FlowLogConfig.builder()
                        .vpcId(vpc.getId())
                        .trafficType("ALL")
                        .logDestinationType("cloud-watch-logs")
                        .logDestination(group.arn())
                        .iamRoleArn(role.arn())
                        .maxAggregationInterval(60)
                        .tags(Map.of("Name", naming.name("flow-logs")))
                        .build());
    }

    /** VPC id (a Terraform reference). */
    public String vpcId() {
        return vpc.getId();
    }

    /** VPC CIDR as given in the props. */
    public String cidr() {
        return props.cidr();
    }

    /** Public subnet ids, in availability-zone order. */
    public List<String> publicSubnetIds() {
        return publicSubnets.stream().map(Subnet::getId).toList();
    }

    /** Private subnet ids, in availability-zone order. */
    public List<String> privateSubnetIds() {
        return privateSubnets.stream().map(Subnet::getId).toList();
    }

    /** Data subnet ids, in availability-zone order. */
    public List<String> dataSubnetIds() {
        return dataSubnets.stream().map(Subnet::getId).toList();
    }

    /** Private subnet CIDRs as given in the props (sources allowed to reach the cluster API). */
    public List<String> privateSubnetCidrs() {
        return props.privateSubnetCidrs();
    }
}

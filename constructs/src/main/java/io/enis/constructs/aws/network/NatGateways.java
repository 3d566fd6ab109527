package io.enis.constructs.aws.network;

/** How many NAT gateways give the private subnets their way out to the internet. */
public enum NatGateways {
    /** No NAT gateway: private subnets have no route to the internet. */
    NONE,
    /** One NAT gateway in the first public subnet, shared by every AZ (cheap; an AZ outage cuts egress). */
    ONE,
    /** One NAT gateway per AZ; each private subnet routes through the gateway of its own AZ. */
    PER_AZ
}

package io.enis.constructs.k8s;

/** Whether the shared ALB of an {@link IngressSettings} is reachable from the internet. */
public enum LoadBalancerScheme {
    /** Reachable only inside the VPC (and networks connected to it). */
    INTERNAL("internal"),
    /** Reachable from the internet. */
    INTERNET_FACING("internet-facing");

    private final String value;

    LoadBalancerScheme(String value) {
        this.value = value;
    }

    /** The AWS Load Balancer Controller's spelling ({@code alb.ingress.kubernetes.io/scheme}), e.g. {@code internet-facing}. */
    public String value() {
        return value;
    }
}

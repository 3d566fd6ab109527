package io.enis.constructs.aws.iam;

import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Props of {@link ServiceRole}; build with {@link #builder()}.
 *
 * @param naming required: the role is named {@code <prefix>-irsa}
 * @param oidcProviderArn required: the cluster's IAM OIDC provider
 * @param oidcIssuerUrl required: the cluster's issuer URL ({@code https://oidc.eks...})
 * @param namespace default none: the role then trusts the namespace of the
 *     {@link io.enis.constructs.k8s.ServiceDeployment} it is given to; set it (with
 *     {@code serviceAccount}) for a workload that is not a ServiceDeployment
 * @param serviceAccount default none, like {@code namespace}; set both or neither
 * @param permissions what the workload may do; default none (a role that can do nothing), more
 *     can be added with grants
 */
@RecordBuilder
public record ServiceRoleProps(Naming naming, String oidcProviderArn, String oidcIssuerUrl,
        String namespace, String serviceAccount, List<Permission> permissions) {

    private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";
    private static final String DNS_LABEL_ALLOWED = "use a Kubernetes DNS label (lower-case letters, digits, '-')";

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or not a Kubernetes name */
    public ServiceRoleProps {
        Require require = Require.of("ServiceRoleProps");
        require.present("naming", naming);
        require.text("oidcProviderArn", oidcProviderArn);
        require.text("oidcIssuerUrl", oidcIssuerUrl);
        require.check((namespace == null) == (serviceAccount == null), namespace == null ? "namespace" : "serviceAccount",
                "is missing while the other is set; allowed: both namespace and serviceAccount, or neither");
        if (namespace != null) {
            require.matches("namespace", namespace, DNS_LABEL, DNS_LABEL_ALLOWED);
            require.matches("serviceAccount", serviceAccount, DNS_LABEL, DNS_LABEL_ALLOWED);
        }
        permissions = require.list(permissions);
    }

    public static ServiceRolePropsBuilder builder() {
        return ServiceRolePropsBuilder.builder();
    }
}

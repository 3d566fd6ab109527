package io.enis.constructs.k8s;

import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1Config;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1SpecRule;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttp;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttpPath;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttpPathBackend;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttpPathBackendService;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1SpecRuleHttpPathBackendServicePort;
import com.hashicorp.cdktf.providers.kubernetes.ingress_v1.IngressV1SpecTls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The HTTPS route of a {@link ServiceDeployment} on the environment's shared ALB (AWS Load Balancer
 * Controller, IP targets): HTTPS on 443 only with the ACM certificate and a TLS 1.2/1.3 policy,
 * invalid headers dropped, health checked on {@code /health/ready}, the service's path prefixes.
 */
final class ServiceIngress extends Construct {
    /** TLS 1.3 and 1.2 only. */
    static final String SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    ServiceIngress(Construct scope, String id, String namespace, String service, List<String> pathPrefixes, IngressSettings settings) {
        super(scope, id);
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("alb.ingress.kubernetes.io/scheme", settings.scheme().value());
        annotations.put("alb.ingress.kubernetes.io/target-type", "ip");
        annotations.put("alb.ingress.kubernetes.io/group.name", settings.group());
        annotations.put("alb.ingress.kubernetes.io/certificate-arn", settings.certificateArn());
        annotations.put("alb.ingress.kubernetes.io/listen-ports", "[{\"HTTPS\":443}]");
        annotations.put("alb.ingress.kubernetes.io/ssl-policy", SSL_POLICY);
        annotations.put("alb.ingress.kubernetes.io/healthcheck-path", "/health/ready");
        annotations.put("alb.ingress.kubernetes.io/load-balancer-attributes", "routing.http.drop_invalid_header_fields.enabled=true");
        new IngressV1(this, "Ingress", IngressV1Config.builder()
                .metadata(IngressV1Metadata.builder().name(service).namespace(namespace).annotations(annotations).build())
                .spec(IngressV1Spec.builder()
                        .ingressClassName("alb")
                        .tls(List.of(IngressV1SpecTls.builder().hosts(List.of(settings.host())).build()))
                        .rule(List.of(IngressV1SpecRule.builder()
                                .host(settings.host())
                                .http(IngressV1SpecRuleHttp.builder().path(pathPrefixes.stream().map(prefix -> IngressV1SpecRuleHttpPath.builder()
                                        .path(prefix)
                                        .pathType("Prefix")
                                        .backend(IngressV1SpecRuleHttpPathBackend.builder()
                                                .service(IngressV1SpecRuleHttpPathBackendService.builder().name(service)
                                                        .port(IngressV1SpecRuleHttpPathBackendServicePort.builder().number(80).build())
                                                        .build())
                                                .build())
                                        .build()).toList()).build())
                                .build()))
                        .build())
                .build());
    }
}

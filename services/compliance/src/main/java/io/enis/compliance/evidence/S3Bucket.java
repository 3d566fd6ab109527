package io.enis.compliance.evidence;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where the S3 evidence store is: the bucket, its region and, for S3-compatible servers, an endpoint.
 *
 * @param region   the region ({@code AWS_REGION}); absent: the SDK's default region chain (profile, instance metadata)
 * @param endpoint an endpoint other than AWS's ({@code EVIDENCE_S3_ENDPOINT} or {@code AWS_ENDPOINT_URL_S3}); when
 *                 set, requests use path-style addressing ({@code http://host/bucket/key})
 */
public record S3Bucket(String name, Optional<String> region, Optional<URI> endpoint) {

    /**
     * A client for the bucket on the JDK's HTTP client, with credentials from the SDK's default chain
     * (environment, system properties, web identity, that is IRSA in the cluster, profile, container and
     * instance metadata).
     */
    public S3Client client() {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        region.map(Region::of).ifPresent(builder::region);
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
        return builder.build();
    }
}

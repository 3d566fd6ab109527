package io.enis.constructs.aws.ecr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.providers.aws.ecr_lifecycle_policy.EcrLifecyclePolicy;
import com.hashicorp.cdktf.providers.aws.ecr_lifecycle_policy.EcrLifecyclePolicyConfig;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepository;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepositoryConfig;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepositoryEncryptionConfiguration;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepositoryImageScanningConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * One ECR repository per service: tags immutable (a version always means the same image), images
 * scanned on push, encrypted with the key, a lifecycle policy expiring untagged images and keeping
 * only the newest ones.
 */
public final class ContainerRegistry extends Construct {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, EcrRepository> repositories = new LinkedHashMap<>();

    public ContainerRegistry(Construct scope, String id, ContainerRegistryProps props) {
        super(scope, id);
        String lifecycle = lifecyclePolicy(props);
        for (String name : props.repositories()) {
            var repository = new EcrRepository(
                    this,
                    "Repository-" + name,
                    EcrRepositoryConfig.builder()
                            .name(props.naming().forComponent(name).prefix())
                            .imageTagMutability("IMMUTABLE")
                            .imageScanningConfiguration(EcrRepositoryImageScanningConfiguration.builder()
                                    .scanOnPush(true)
                                    .build())
                            .encryptionConfiguration(List.of(EcrRepositoryEncryptionConfiguration.builder()
                                    .encryptionType("KMS")
                                    .kmsKey(props.key().arn())
                                    .build()))
                            .forceDelete(false)
                            .build());
            new EcrLifecyclePolicy(
                    this,
                    "Lifecycle-" + name,
                    EcrLifecyclePolicyConfig.builder()
                            .repository(repository.getName())
                            .policy(lifecycle)
                            .build());
            repositories.put(name, repository);
        }
    }

    /** The lifecycle policy JSON; built from ordered nodes so the output is the same on every run. */
    static String lifecyclePolicy(ContainerRegistryProps props) {
        ObjectNode policy = JSON.createObjectNode();
        ArrayNode rules = policy.putArray("rules");
        ObjectNode untagged = rules.addObject()
                .put("rulePriority", 1)
                .put("description", "Expire untagged images after " + props.untaggedExpiryDays() + " days");
        untagged.putObject("selection")
                .put("tagStatus", "untagged")
                .put("countType", "sinceImagePushed")
                .put("countUnit", "days")
                .put("countNumber", props.untaggedExpiryDays());
        untagged.putObject("action").put("type", "expire");
        ObjectNode keep = rules.addObject()
                .put("rulePriority", 2)
                .put("description", "Keep the newest " + props.keepImages() + " images");
        keep.putObject("selection")
                .put("tagStatus", "any")
                .put("countType", "imageCountMoreThan")
                .put("countNumber", props.keepImages());
        keep.putObject("action").put("type", "expire");
        return policy.toString();
    }

    /** Repository URL of one service, e.g. {@code 1234.dkr.ecr.eu-west-1.amazonaws.com/enis-prod-billing}. */
    public String repositoryUrl(String repository) {
        return get(repository).getRepositoryUrl();
    }

    /** Repository ARN of one service. */
    public String repositoryArn(String repository) {
        return get(repository).getArn();
    }

    /** The repository names given in the props, in order. */
    public List<String> repositoryNames() {
        return List.copyOf(repositories.keySet());
    }

    private EcrRepository get(String repository) {
        EcrRepository found = repositories.get(repository);
        if (found == null) {
            throw new IllegalArgumentException("no repository '" + repository + "'; known: " + repositories.keySet());
        }
        return found;
    }
}

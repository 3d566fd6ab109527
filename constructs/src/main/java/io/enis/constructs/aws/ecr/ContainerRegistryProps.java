package io.enis.constructs.aws.ecr;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Props of {@link ContainerRegistry}; build with {@link #builder()}.
 *
 * @param naming required: repository {@code x} is named {@code <project>-<env>-x}
 * @param repositories required: kebab-case repository names, one per service
 * @param key required: encrypts the images
 * @param keepImages images kept per repository, older ones expire; default 30
 * @param untaggedExpiryDays untagged images expire after this many days; default 7
 */
@RecordBuilder
public record ContainerRegistryProps(
        Naming naming, List<String> repositories, EncryptionKey key, Integer keepImages, Integer untaggedExpiryDays) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or a name is not kebab case */
    public ContainerRegistryProps {
        Require require = Require.of("ContainerRegistryProps");
        require.present("naming", naming);
        repositories = require.notEmpty("repositories", repositories);
        for (String repository : repositories) {
            require.check(
                    repository.matches("[a-z][a-z0-9-]{0,30}"),
                    "repositories",
                    "'" + repository + "' is not allowed; use lower-case kebab case");
        }
        require.present("key", key);
        keepImages = require.range("keepImages", keepImages == null ? 30 : keepImages, 1, 1000);
        untaggedExpiryDays =
                require.range("untaggedExpiryDays", untaggedExpiryDays == null ? 7 : untaggedExpiryDays, 1, 365);
    }

    public static ContainerRegistryPropsBuilder builder() {
        return ContainerRegistryPropsBuilder.builder();
    }
}

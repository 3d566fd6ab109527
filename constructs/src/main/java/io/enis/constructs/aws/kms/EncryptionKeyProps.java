package io.enis.constructs.aws.kms;

import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Props of {@link EncryptionKey}; build with {@link #builder()}.
 *
 * @param naming required: names the key and its alias ({@code alias/<prefix>-<purpose>})
 * @param account required: the account that administers the key
 * @param purpose required: kebab-case purpose, e.g. {@code data} or {@code logs}
 * @param description default "ENIS key for &lt;purpose&gt;"
 * @param servicePrincipals service principals that use the key directly, limited to this account
 *     by {@code aws:SourceAccount}, e.g. {@code logs.eu-west-1.amazonaws.com}; default none
 * @param viaServices services through which principals of this account may use the key
 *     ({@code kms:ViaService}), e.g. {@code rds.eu-west-1.amazonaws.com}; default none
 * @param grantees role ARNs that may use the key and create grants for AWS resources (e.g. the
 *     Auto Scaling service-linked role, to launch nodes with encrypted volumes); default none
 * @param deletionWindowDays waiting period before deletion, 7..30 days; default 30
 */
@RecordBuilder
@RecordBuilder.Options(useImmutableCollections = true)
public record EncryptionKeyProps(
        Naming naming,
        AwsAccount account,
        String purpose,
        String description,
        List<String> servicePrincipals,
        List<String> viaServices,
        List<String> grantees,
        Integer deletionWindowDays) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a required value is missing or out of range */
    public EncryptionKeyProps {
        Require require = Require.of("EncryptionKeyProps");
        require.present("naming", naming);
        require.present("account", account);
        require.text("purpose", purpose);
        servicePrincipals = require.list(servicePrincipals);
        viaServices = require.list(viaServices);
        grantees = require.list(grantees);
        description = description == null ? "ENIS key for " + purpose : description;
        deletionWindowDays =
                require.range("deletionWindowDays", deletionWindowDays == null ? 30 : deletionWindowDays, 7, 30);
    }

    public static EncryptionKeyPropsBuilder builder() {
        return EncryptionKeyPropsBuilder.builder();
    }
}

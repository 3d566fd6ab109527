package io.enis.constructs.aws.kms;

import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import java.util.List;

/**
 * Props of {@link EncryptionKey}.
 *
 * <p>Defaults: no service principals, no services allowed through {@code kms:ViaService}, no
 * extra grantees, a 30-day deletion window.
 */
public final class EncryptionKeyProps {
    private final Naming naming;
    private final AwsAccount account;
    private final String purpose;
    private final String description;
    private final List<String> servicePrincipals;
    private final List<String> viaServices;
    private final List<String> grantees;
    private final int deletionWindowDays;

    private EncryptionKeyProps(Builder b) {
        Require require = Require.of("EncryptionKeyProps");
        this.naming = require.present("naming", b.naming);
        this.account = require.present("account", b.account);
        this.purpose = require.text("purpose", b.purpose);
        this.description = b.description == null ? "ENIS key for " + purpose : b.description;
        this.servicePrincipals = List.copyOf(b.servicePrincipals);
        this.viaServices = List.copyOf(b.viaServices);
        this.grantees = List.copyOf(b.grantees);
        this.deletionWindowDays = require.range("deletionWindowDays", b.deletionWindowDays, 7, 30);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Naming naming() {
        return naming;
    }

    public AwsAccount account() {
        return account;
    }

    public String purpose() {
        return purpose;
    }

    public String description() {
        return description;
    }

    public List<String> servicePrincipals() {
        return servicePrincipals;
    }

    public List<String> viaServices() {
        return viaServices;
    }

    public List<String> grantees() {
        return grantees;
    }

    public int deletionWindowDays() {
        return deletionWindowDays;
    }

    /** Builder; {@link #build()} checks required values. */
    public static final class Builder {
        private Naming naming;
        private AwsAccount account;
        private String purpose;
        private String description;
        private List<String> servicePrincipals = List.of();
        private List<String> viaServices = List.of();
        private List<String> grantees = List.of();
        private int deletionWindowDays = 30;

        private Builder() {
        }

        /** Required: names the key and its alias ({@code alias/<prefix>-<purpose>}). */
        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        /** Required: the account that administers the key. */
        public Builder account(AwsAccount account) {
            this.account = account;
            return this;
        }

        /** Required: kebab-case purpose, e.g. {@code data} or {@code logs}. */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        /** Default: "ENIS key for &lt;purpose&gt;". */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Service principals that use the key directly, limited to this account by
         * {@code aws:SourceAccount}; e.g. {@code logs.eu-west-1.amazonaws.com}. Default: none.
         */
        public Builder servicePrincipals(List<String> servicePrincipals) {
            this.servicePrincipals = servicePrincipals;
            return this;
        }

        /**
         * Services through which principals of this account may use the key
         * ({@code kms:ViaService}), e.g. {@code rds.eu-west-1.amazonaws.com}. Default: none.
         */
        public Builder viaServices(List<String> viaServices) {
            this.viaServices = viaServices;
            return this;
        }

        /**
         * Role ARNs that may use the key and create grants for AWS resources (for example the
         * Auto Scaling service-linked role, to launch nodes with encrypted volumes). Default: none.
         */
        public Builder grantees(List<String> grantees) {
            this.grantees = grantees;
            return this;
        }

        /** Waiting period before deletion, 7..30 days. Default: 30. */
        public Builder deletionWindowDays(int deletionWindowDays) {
            this.deletionWindowDays = deletionWindowDays;
            return this;
        }

        public EncryptionKeyProps build() {
            return new EncryptionKeyProps(this);
        }
    }
}

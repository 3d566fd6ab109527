package io.enis.constructs.core;

import java.util.regex.Pattern;

/**
 * The AWS account and region a stack deploys into, used to write exact ARNs into policies
 * instead of wildcards.
 *
 * @param accountId twelve digits
 * @param region an AWS region code such as {@code eu-west-1}
 */
public record AwsAccount(String accountId, String region) {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d");

    public AwsAccount {
        Require require = Require.of("AwsAccount");
        require.check(
                accountId != null && ACCOUNT.matcher(accountId).matches(),
                "accountId",
                "'" + accountId + "' is not allowed; use the twelve-digit AWS account id");
        require.check(
                region != null && REGION.matcher(region).matches(),
                "region",
                "'" + region + "' is not allowed; use an AWS region code such as eu-west-1");
    }

    /** {@code arn:aws:iam::<account>:root}: the account itself as a principal. */
    public String rootPrincipal() {
        return "arn:aws:iam::" + accountId + ":root";
    }

    /** ARN of a resource of this account and region: {@code arn:aws:<service>:<region>:<account>:<resource>}. */
    public String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }
}

package io.enis.constructs.aws.iam;

import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocument;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentConfig;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementCondition;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementPrincipals;
import java.util.List;
import software.constructs.Construct;

/**
 * Policy documents as {@code aws_iam_policy_document} data sources: Terraform renders the JSON,
 * and policy checks read statements as structured data instead of parsing strings.
 */
public final class Policies {
    private Policies() {}

    /** A policy document made of {@code statements}; its {@code getJson()} feeds a role or resource policy. */
    public static DataAwsIamPolicyDocument document(
            Construct scope, String id, List<DataAwsIamPolicyDocumentStatement> statements) {
        return new DataAwsIamPolicyDocument(
                scope,
                id,
                DataAwsIamPolicyDocumentConfig.builder().statement(statements).build());
    }

    /** Starts an Allow statement with a statement id. */
    public static DataAwsIamPolicyDocumentStatement.Builder allow(String sid) {
        return DataAwsIamPolicyDocumentStatement.builder().sid(sid).effect("Allow");
    }

    /** Starts a Deny statement with a statement id. */
    public static DataAwsIamPolicyDocumentStatement.Builder deny(String sid) {
        return DataAwsIamPolicyDocumentStatement.builder().sid(sid).effect("Deny");
    }

    /** Principals of one type ({@code AWS}, {@code Service}, {@code Federated} or {@code *}). */
    public static List<DataAwsIamPolicyDocumentStatementPrincipals> principals(String type, List<String> identifiers) {
        return List.of(DataAwsIamPolicyDocumentStatementPrincipals.builder()
                .type(type)
                .identifiers(identifiers)
                .build());
    }

    /** One condition block, e.g. {@code condition("StringEquals", "aws:SourceAccount", List.of(account))}. */
    public static DataAwsIamPolicyDocumentStatementCondition condition(
            String test, String variable, List<String> values) {
        return DataAwsIamPolicyDocumentStatementCondition.builder()
                .test(test)
                .variable(variable)
                .values(values)
                .build();
    }
}

package io.enis.constructs.aws.iam;

import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Props of {@link AwsServiceRole}; build with {@link #builder()}.
 *
 * @param naming required: the role is named {@code <prefix>-<purpose>}
 * @param purpose required: kebab-case purpose, e.g. {@code flow-logs}
 * @param servicePrincipal required: the AWS service that assumes the role, e.g. {@code vpc-flow-logs.amazonaws.com}
 * @param account required: trust is limited to this account with {@code aws:SourceAccount} unless
 *     {@code sourceAccountCondition} is false
 * @param sourceAccountCondition default true; false only for services that do not send
 *     {@code aws:SourceAccount} when assuming roles (EKS, EC2)
 * @param managedPolicyArns AWS managed policies to attach; default none
 * @param statements inline policy statements scoped to named resources; default none
 */
@RecordBuilder
public record AwsServiceRoleProps(
        Naming naming,
        String purpose,
        String servicePrincipal,
        AwsAccount account,
        Boolean sourceAccountCondition,
        List<String> managedPolicyArns,
        List<DataAwsIamPolicyDocumentStatement> statements) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a required value is missing */
    public AwsServiceRoleProps {
        Require require = Require.of("AwsServiceRoleProps");
        require.present("naming", naming);
        require.text("purpose", purpose);
        require.text("servicePrincipal", servicePrincipal);
        require.present("account", account);
        sourceAccountCondition = sourceAccountCondition == null || sourceAccountCondition;
        managedPolicyArns = require.list(managedPolicyArns);
        statements = require.list(statements);
    }

    public static AwsServiceRolePropsBuilder builder() {
        return AwsServiceRolePropsBuilder.builder();
    }
}

package io.enis.constructs.aws.logs;

import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import software.constructs.Construct;

/** A CloudWatch log group encrypted with a customer-managed key and with a finite retention. */
public final class LogGroup extends Construct {
    private final CloudwatchLogGroup group;

    public LogGroup(Construct scope, String id, LogGroupProps props) {
        super(scope, id);
        this.group = new CloudwatchLogGroup(
                this,
                "Group",
                CloudwatchLogGroupConfig.builder()
                        .name(props.name())
                        .retentionInDays(props.retentionDays())
                        .kmsKeyId(props.key().arn())
                        .build());
    }

    /** Log group ARN (a Terraform reference, without the trailing {@code :*}). */
    public String arn() {
        return group.getArn();
    }

    /** The underlying {@code aws_cloudwatch_log_group}, e.g. for {@code dependsOn}. */
    public CloudwatchLogGroup resource() {
        return group;
    }

    /** Log group name. */
    public String name() {
        return group.getName();
    }
}

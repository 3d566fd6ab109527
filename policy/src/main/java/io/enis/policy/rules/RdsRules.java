package io.enis.policy.rules;

import static io.enis.policy.Control.cis;
import static io.enis.policy.Control.gdpr;
import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.policy.Severity;
import io.enis.policy.model.Values;
import java.util.List;

/** RDS instances: encryption, exposure, backups, availability, TLS, logging. */
final class RdsRules {
    private static final String DB = "aws_db_instance";

    private RdsRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-RDS-001",
                                Severity.HIGH,
                                "RDS storage is encrypted",
                                "Unencrypted storage, snapshots and replicas expose the database at rest.",
                                "Use PostgresDatabase (storage encrypted with the data key).",
                                "CKV_AWS_16",
                                cis("2.3.1"),
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                hipaa("164.312(a)(2)(iv)"),
                                pci("3.5.1"),
                                gdpr("Art. 32")),
                        Rule.each(
                                DB,
                                (model, db) -> Values.isFalseOrAbsent(db.at("storage_encrypted"))
                                        ? "stores data unencrypted"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-RDS-002",
                                Severity.CRITICAL,
                                "RDS instance is not publicly accessible",
                                "A public endpoint puts the database one leaked password away from the internet.",
                                "Use PostgresDatabase (private, data subnets only).",
                                "CKV_AWS_17",
                                cis("2.3.3"),
                                soc2("CC6.6"),
                                iso("A.8.20"),
                                pci("1.4.1"),
                                gdpr("Art. 32")),
                        Rule.each(
                                DB,
                                (model, db) ->
                                        Values.isTrue(db.at("publicly_accessible")) ? "is publicly accessible" : null)),
                Rule.of(
                        info(
                                "ENIS-RDS-003",
                                Severity.MEDIUM,
                                "RDS keeps automated backups for at least 7 days",
                                "Point-in-time recovery reaches back only as far as the retention.",
                                "Set postgres.backupRetentionDays to 7 or more in the environment file.",
                                "CKV_AWS_133",
                                soc2("A1.2"),
                                iso("A.8.13"),
                                hipaa("164.308(a)(7)(ii)(A)"),
                                pci("12.10.1")),
                        Rule.each(DB, (model, db) -> {
                            Integer days = Values.number(db.at("backup_retention_period"));
                            return days != null && days < 7 ? "keeps backups for " + days + " day(s)" : null;
                        })),
                Rule.of(
                        info(
                                "ENIS-RDS-004",
                                Severity.MEDIUM,
                                "RDS deletion protection is on",
                                "One mistaken destroy deletes the database and, without a final snapshot, its data.",
                                "Set postgres.deletionProtection true in the environment file.",
                                "CKV_AWS_293",
                                soc2("A1.2"),
                                iso("A.8.13")),
                        Rule.each(
                                DB,
                                (model, db) -> Values.isFalseOrAbsent(db.at("deletion_protection"))
                                        ? "can be deleted without protection"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-RDS-005",
                                Severity.MEDIUM,
                                "RDS runs multi-AZ",
                                "A single-AZ instance is down for the whole of an AZ outage or a host failure.",
                                "Set postgres.multiAz true in the environment file.",
                                "CKV_AWS_157",
                                soc2("A1.2"),
                                iso("A.8.14")),
                        Rule.each(
                                DB,
                                (model, db) ->
                                        Values.isFalseOrAbsent(db.at("multi_az")) ? "runs in a single AZ" : null)),
                Rule.of(
                        info(
                                "ENIS-RDS-006",
                                Severity.HIGH,
                                "RDS forces TLS connections",
                                "Without rds.force_ssl clients may connect in clear inside the VPC.",
                                "Use PostgresDatabase (parameter group with rds.force_ssl=1).",
                                null,
                                soc2("CC6.7"),
                                iso("A.8.24"),
                                hipaa("164.312(e)(1)"),
                                pci("4.2.1")),
                        Rule.each(DB, (model, db) -> {
                            JsonNode group = db.at("parameter_group_name");
                            var referenced = model.referenced(group);
                            if (referenced.isEmpty()) {
                                return Values.unknown(group) && !group.isMissingNode()
                                        ? null
                                        : "uses a parameter group that does not force SSL";
                            }
                            for (JsonNode parameter : referenced.get().values().path("parameter")) {
                                if (parameter.path("name").asText().equals("rds.force_ssl")
                                        && parameter.path("value").asText().equals("1")) {
                                    return null;
                                }
                            }
                            return "parameter group " + referenced.get().address() + " does not set rds.force_ssl=1";
                        })),
                Rule.of(
                        info(
                                "ENIS-RDS-007",
                                Severity.MEDIUM,
                                "RDS exports its logs to CloudWatch",
                                "Connection and error logs are the audit trail of the database.",
                                "Use PostgresDatabase (postgresql and upgrade logs exported).",
                                "CKV_AWS_129",
                                soc2("CC7.2"),
                                iso("A.8.15"),
                                hipaa("164.312(b)"),
                                pci("10.2.1")),
                        Rule.each(
                                DB,
                                (model, db) ->
                                        db.at("enabled_cloudwatch_logs_exports").size() == 0
                                                        && !Values.unknown(db.at("enabled_cloudwatch_logs_exports"))
                                                ? "exports no logs"
                                                : null)),
                Rule.of(
                        info(
                                "ENIS-RDS-008",
                                Severity.LOW,
                                "RDS uses IAM database authentication",
                                "IAM authentication gives short-lived credentials and central revocation.",
                                "Use PostgresDatabase (IAM authentication on).",
                                "CKV_AWS_161",
                                soc2("CC6.1"),
                                iso("A.5.17")),
                        Rule.each(
                                DB,
                                (model, db) -> Values.isFalseOrAbsent(db.at("iam_database_authentication_enabled"))
                                        ? "has IAM authentication off"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-RDS-009",
                                Severity.LOW,
                                "RDS Performance Insights is encrypted with a customer-managed key",
                                "Performance Insights stores query text, which may contain personal data.",
                                "Use PostgresDatabase (Performance Insights with the data key).",
                                "CKV_AWS_354",
                                iso("A.8.24"),
                                gdpr("Art. 32")),
                        Rule.each(
                                DB,
                                (model, db) -> Values.isTrue(db.at("performance_insights_enabled"))
                                                && db.at("performance_insights_kms_key_id")
                                                        .isMissingNode()
                                        ? "keeps Performance Insights under the AWS-managed key"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-RDS-010",
                                Severity.LOW,
                                "RDS applies minor version upgrades",
                                "Minor versions carry security fixes.",
                                "Use PostgresDatabase (automatic minor version upgrades).",
                                "CKV_AWS_226",
                                cis("2.3.2"),
                                iso("A.8.8"),
                                pci("6.3.3")),
                        Rule.each(
                                DB,
                                (model, db) ->
                                        db.at("auto_minor_version_upgrade").isBoolean()
                                                        && !db.at("auto_minor_version_upgrade")
                                                                .asBoolean()
                                                ? "does not take minor upgrades"
                                                : null)));
    }
}

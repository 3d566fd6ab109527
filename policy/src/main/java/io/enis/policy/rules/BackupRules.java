package io.enis.policy.rules;

import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import io.enis.policy.Severity;
import io.enis.policy.model.Values;
import java.util.List;

/** Backups of stateful resources: final snapshots and cache snapshots. */
final class BackupRules {
    private BackupRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-BACKUP-001",
                                Severity.MEDIUM,
                                "RDS takes a final snapshot when destroyed",
                                "skip_final_snapshot loses every byte written since the last automated backup.",
                                "Set postgres.finalSnapshot true in the environment file.",
                                null,
                                soc2("A1.2"),
                                iso("A.8.13"),
                                hipaa("164.308(a)(7)(ii)(A)")),
                        Rule.each(
                                "aws_db_instance",
                                (model, db) -> Values.isTrue(db.at("skip_final_snapshot"))
                                        ? "skips the final snapshot"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-BACKUP-002",
                                Severity.LOW,
                                "ElastiCache keeps snapshots",
                                "A snapshot is the only way back after data loss in Redis.",
                                "Set redis.snapshotRetentionDays above 0 in the environment file.",
                                "CKV_AWS_134",
                                soc2("A1.2"),
                                iso("A.8.13")),
                        Rule.each("aws_elasticache_replication_group", (model, group) -> {
                            Integer days = Values.number(group.at("snapshot_retention_limit"));
                            return group.at("snapshot_retention_limit").isMissingNode() || (days != null && days == 0)
                                    ? "keeps no snapshots"
                                    : null;
                        })));
    }
}

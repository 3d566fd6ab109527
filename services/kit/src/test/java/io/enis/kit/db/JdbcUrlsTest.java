package io.enis.kit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    @Test
    void acceptsTheFormsTheStacksAndOperatorsUse() {
        assertThat(JdbcUrls.toJdbc("postgresql://db.internal:5432/billing?sslmode=verify-full"))
                .isEqualTo("jdbc:postgresql://db.internal:5432/billing?sslmode=verify-full");
        assertThat(JdbcUrls.toJdbc("postgres://u:p@h/db")).isEqualTo("jdbc:postgresql://u:p@h/db");
        assertThat(JdbcUrls.toJdbc("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThatThrownBy(() -> JdbcUrls.toJdbc("mysql://u:secret@h/db"))
                .hasMessageContaining("DATABASE_URL must start with postgresql://")
                .hasMessageNotContaining("secret");
    }

    @Test
    void redactsPasswordsInUserInfoAndParameters() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://admin:hunter2@h:5432/db"))
                .isEqualTo("jdbc:postgresql://admin:***@h:5432/db");
        assertThat(JdbcUrls.redact("jdbc:postgresql://h/db?user=a&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    }

    @Test
    void theEmbeddedDatabaseWritesEveryCommitThrough() {
        assertThat(JdbcUrls.embedded(Path.of("/data/x-db")))
                .startsWith("jdbc:h2:file:/data/x-db;MODE=PostgreSQL")
                .contains("WRITE_DELAY=0");
    }
}

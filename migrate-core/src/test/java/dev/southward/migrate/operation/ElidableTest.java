package dev.southward.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.migration.MigrationJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code elidable} on data migrations: written only when true, read back, absent means false. */
class ElidableTest {
    @Test
    void writtenOnlyWhenTrueAndReadBack() throws Exception {
        var mapper = MigrationJson.mapper();
        String kept = mapper.writeValueAsString(new RunSql(List.of("SELECT 1"), List.of()));
        String elided = mapper.writeValueAsString(new RunSql(List.of("SELECT 1"), List.of(), true));
        assertThat(kept).doesNotContain("elidable");
        assertThat(elided).contains("\"elidable\":true");
        assertThat(((RunSql) mapper.readValue(elided, Operation.class)).elidable()).isTrue();
        assertThat(((RunSql) mapper.readValue(kept, Operation.class)).elidable()).isFalse();
        String java = mapper.writeValueAsString(new RunJava("a.B", null, true));
        assertThat(java).contains("\"elidable\":true").doesNotContain("reversible");
        assertThat(((RunJava) mapper.readValue(java, Operation.class)).elidable()).isTrue();
        assertThat(mapper.writeValueAsString(new RunJava("a.B", false))).doesNotContain("elidable");
    }
}

package dev.southward.migrate.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.MigrationFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A key given twice in a migration file is refused by the start-up lexer and the reader alike. */
class DuplicateKeysTest {
    private static final String OPS = "[ { \"op\" : \"run_sql\", \"sql\" : [ \"SELECT 1\" ] } ]";
    private static final String HIDDEN = "{\n  \"southward\" : 1,\n  \"operations\" : " + OPS + ",\n  \"dependencies\" : [],\n"
            + "  \"operations\" : [ { \"op\" : \"run_sql\", \"sql\" : [ \"DELETE FROM t\" ] } ],\n"
            + "  \"frozen\" : []\n}\n";
    private static final String NESTED = "{\n  \"southward\" : 1,\n  \"operations\" : [ {\n    \"op\" : \"run_sql\",\n"
            + "    \"sql\" : [ \"SELECT 1\" ],\n    \"sql\" : [ \"DELETE FROM t\" ]\n  } ],\n  \"frozen\" : []\n}\n";

    private static Migration read(String json) {
        return MigrationReader.read(new MigrationKey("a", "0002_x"), "a/0002_x.json",
                () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSecondTopLevelKeyIsRefusedByTheLexerWithItsLine() throws IOException {
        MigrationHead head = MigrationHead.read(new ByteArrayInputStream(HIDDEN.getBytes(StandardCharsets.UTF_8)));
        assertThat(head.checksum()).as("no checksum: start-up goes the full path").isNull();
        assertThat(head.problem()).isEqualTo("line 5: duplicate key \"operations\" (a key may appear once; the JSON "
                + "reader would keep only the last)");
    }

    @Test
    void aSecondTopLevelKeyIsRefusedByTheReaderNamingFileLineAndKey() {
        assertThatThrownBy(() -> read(HIDDEN)).isInstanceOf(MigrationFileException.class)
                .hasMessageStartingWith("a/0002_x.json: line 5: duplicate key \"operations\"");
    }

    @Test
    void aSecondKeyInsideAnOperationIsRefusedByTheReader() {
        assertThatThrownBy(() -> read(NESTED)).isInstanceOf(MigrationFileException.class)
                .hasMessageContaining("a/0002_x.json: line 6, column").hasMessageContaining("duplicate key \"sql\"");
    }

    @Test
    void distinctKeysAreRead() {
        String ok = HIDDEN.replace(",\n  \"operations\" : [ { \"op\" : \"run_sql\", \"sql\" : [ \"DELETE FROM t\" ] } ]",
                "");
        assertThat(read(ok).operations()).hasSize(1);
    }
}

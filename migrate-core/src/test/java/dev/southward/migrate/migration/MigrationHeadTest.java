package dev.southward.migrate.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MigrationHeadTest {
    private static final String FILE = "{\n  \"southward\" : 1,\n  \"dependencies\" : [ \"a.0001_initial\" ],\n"
            + "  \"operations\" : [ {\n    \"type\" : \"run_sql\",\n    \"forwards\" : [ \"UPDATE t SET s = 'a  b'\" ]\n"
            + "  } ],\n  \"frozen\" : [ { \"name\" : \"T\" } ]\n}\n";

    private static MigrationHead head(String json) throws IOException {
        return MigrationHead.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void whitespaceBetweenTokensAndLineEndingsDoNotCount() throws IOException {
        String checksum = head(FILE).checksum();
        assertThat(checksum).matches("[0-9a-f]{8}");
        assertThat(head(FILE.replace("\n", "\r\n")).checksum()).isEqualTo(checksum);
        assertThat(head(FILE.replace("\n", "").replace(" : ", ":")).checksum()).isEqualTo(checksum);
    }

    @Test
    void operationsCountDependenciesAndSnapshotDoNot() throws IOException {
        String checksum = head(FILE).checksum();
        assertThat(head(FILE.replace("'a  b'", "'a b'")).checksum()).as("whitespace inside a string").isNotEqualTo(checksum);
        assertThat(head(FILE.replace("run_sql", "run_sqk")).checksum()).isNotEqualTo(checksum);
        assertThat(head(FILE.replace("a.0001_initial", "b.0001_initial")).checksum()).isEqualTo(checksum);
        assertThat(head(FILE.replace("\"T\"", "\"U\"")).checksum()).isEqualTo(checksum);
    }

    @Test
    void readingStopsAtTheSnapshot() throws IOException {
        StringBuilder big = new StringBuilder(FILE.substring(0, FILE.indexOf("{ \"name\"")));
        for (int i = 0; i < 10_000; i++) {
            big.append("{ \"name\" : \"T").append(i).append("\" }, ");
        }
        big.append("{} ]\n}\n");
        int[] read = {0};
        InputStream counting = new ByteArrayInputStream(big.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
        MigrationHead head = MigrationHead.read(counting);
        assertThat(head.checksum()).isEqualTo(head(FILE).checksum());
        assertThat(new String(head.bytes(), 0, head.length(), StandardCharsets.UTF_8)).endsWith("\"frozen\" : [");
        assertThat(read[0]).isLessThan(10_000).isLessThan(big.length() / 10);
    }

    @Test
    void aSnapshotBeforeTheOperationsIsSkippedAndTheOperationsStillCount() throws IOException {
        String reordered = "{ \"frozen\" : [ { \"name\" : \"T\" } ], \"southward\" : 1, \"operations\" : [ { \"type\" : "
                + "\"run_sql\", \"forwards\" : [ \"UPDATE t SET s = 'a  b'\" ] } ] }";
        assertThat(head(reordered).checksum()).isEqualTo(head(FILE).checksum());
        assertThat(head(reordered).length()).isEqualTo(reordered.length());
    }

    @Test
    void whatTheLexerCannotFollowIsLeftToTheParserWhole() throws IOException {
        for (String broken : new String[] {"[1, 2]", "{\"southward\": 1, \"operations\": [ {\"a\": \"unterminated",
                "{\"southward\" 1}", "", "{\"a\\u0062\": 1}"}) {
            MigrationHead head = head(broken);
            assertThat(head.checksum()).as(broken).isNull();
            assertThat(head.length()).as(broken).isEqualTo(broken.length());
        }
    }
}

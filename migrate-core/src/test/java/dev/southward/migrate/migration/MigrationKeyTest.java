package dev.southward.migrate.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Migration names past 9999: five digits and more, ordered by number. */
class MigrationKeyTest {
    @Test
    void namesHaveFourDigitsOrMoreWithoutALeadingZero() {
        assertThat(MigrationKey.isName("0001_initial")).isTrue();
        assertThat(MigrationKey.isName("9999_x")).isTrue();
        assertThat(MigrationKey.isName("10000_x")).isTrue();
        assertThat(MigrationKey.isName("123456_more_2")).isTrue();
        assertThat(MigrationKey.isName("01000_x")).isFalse();
        assertThat(MigrationKey.isName("123_x")).isFalse();
        assertThat(MigrationKey.isName("10000_")).isFalse();
        assertThat(MigrationKey.isName("10000x")).isFalse();
        assertThat(MigrationKey.isName("~head")).isFalse();
        assertThat(new MigrationKey("a", "10000_x").number()).isEqualTo(10000);
    }

    @Test
    void ninetyNineNinetyNineComesBeforeTenThousand() {
        TreeSet<MigrationKey> keys = new TreeSet<>(List.of(new MigrationKey("a", "10000_z"),
                new MigrationKey("a", "9999_y"), new MigrationKey("a", "0002_b"), new MigrationKey("a", "10001_a")));
        assertThat(keys).extracting(MigrationKey::name).containsExactly("0002_b", "9999_y", "10000_z", "10001_a");
    }

    @Test
    void theCheckpointRuleFollowsTheNumber() {
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "0001_initial"))).isTrue();
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "0002_x"))).isFalse();
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "0050_x"))).isTrue();
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "10000_x"))).isTrue();
        // The interval widens with the history: every 50th below 1,000, every 500th below 10,000, then 5,000th.
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "0950_x"))).isTrue();
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "1050_x"))).isFalse();
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "1500_x"))).isTrue();
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "9500_x"))).isTrue();
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "10500_x"))).isFalse();
        assertThat(MigrationWriter.checkpoint(new MigrationKey("a", "15000_x"))).isTrue();
    }
}

package dev.southward.migrate.questioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private final List<String> properties = List.of("db-dry-run", "target", "app", "fake", "southward.url",
            "southward.lockTimeout");

    @Test
    void nearNamesAreSuggested() {
        assertThat(Suggestions.closest("dry-run", properties)).contains("db-dry-run");
        assertThat(Suggestions.closest("taget", properties)).contains("target");
        assertThat(Suggestions.closest("apo", properties)).contains("app");
        assertThat(Suggestions.closest("southward.lock-timeout", properties)).contains("southward.lockTimeout");
        assertThat(Suggestions.closest("southward.ulr", properties)).contains("southward.url");
    }

    @Test
    void unrelatedNamesAreNot() {
        assertThat(Suggestions.closest("skipTests", properties)).isEmpty();
        assertThat(Suggestions.closest("maven.repo.local", properties)).isEmpty();
        assertThat(Suggestions.closest("name", properties)).isEmpty();
        assertThat(Suggestions.closest("test", properties)).isEmpty();
    }

    @Test
    void distanceCountsSwapsAsOneEdit() {
        assertThat(Suggestions.distance("widht", "width")).isEqualTo(1);
        assertThat(Suggestions.distance("abc", "abc")).isZero();
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}

package dev.southward.migrate.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two models are equal with their indexes in any order, but not with their fields in another order. */
class ModelStateEqualityTest {
    private static final FieldState ID = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null,
            true, true, false, false, null);
    private static final FieldState A = FieldState.of("a", "a", FieldType.INT);
    private static final FieldState B = FieldState.of("b", "b", FieldType.INT);
    private static final IndexState AB = new IndexState("t_a_b_idx", List.of("a", "b"), false);
    private static final IndexState BA = new IndexState("t_b_a_uniq", List.of("b", "a"), true);

    @Test
    void indexesInAnotherOrderAreTheSameModel() {
        ModelState one = new ModelState("app", "T", "t", List.of(ID, A, B), List.of(AB, BA));
        ModelState two = new ModelState("app", "T", "t", List.of(ID, A, B), List.of(BA, AB));
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(ProjectState.of(List.of(one))).isEqualTo(ProjectState.of(List.of(two)));
    }

    @Test
    void otherIndexesFieldOrderOrOptionsAreAnotherModel() {
        ModelState one = new ModelState("app", "T", "t", List.of(ID, A, B), List.of(AB, BA));
        assertThat(one).isNotEqualTo(new ModelState("app", "T", "t", List.of(ID, A, B), List.of(AB)));
        assertThat(one).isNotEqualTo(new ModelState("app", "T", "t", List.of(ID, A, B), List.of(AB, AB)));
        assertThat(one).isNotEqualTo(new ModelState("app", "T", "t", List.of(ID, B, A), List.of(AB, BA)));
        assertThat(one).isNotEqualTo(one.withOptions(false, null));
    }
}

package dev.southward.migrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.state.FieldType;
import org.junit.jupiter.api.Test;

/** Defaults compared by what they mean, not by how the server prints them. */
class DefaultValuesTest {
    @Test
    void temporalDefaultsIgnoreFractionalZerosAndKeywords() {
        assertThat(DefaultValues.same(FieldType.DATETIME, "2024-05-01 13:53:58", "2024-05-01 13:53:58.000000"))
                .isTrue();
        assertThat(DefaultValues.same(FieldType.DATETIME, "TIMESTAMP '2024-05-01 13:53:58'",
                "'2024-05-01 13:53:58.000000'")).isTrue();
        assertThat(DefaultValues.same(FieldType.DATETIME, "2024-05-01 13:53:58", "2024-05-01 13:53:59")).isFalse();
        assertThat(DefaultValues.same(FieldType.TIME, "TIME '10:15'", "TIME '10:15:00'")).isTrue();
        assertThat(DefaultValues.same(FieldType.DATE, "'2024-05-01'", "2024-05-01")).isTrue();
        assertThat(DefaultValues.same(FieldType.INSTANT, "TIMESTAMP WITH TIME ZONE '2024-05-01 13:53:58+00:00'",
                "TIMESTAMP WITH TIME ZONE '2024-05-01 15:53:58+02'")).isTrue();
        assertThat(DefaultValues.same(FieldType.INSTANT, "2024-05-01 13:53:58", "2024-05-01 13:53:58.000000"))
                .isTrue();
    }

    @Test
    void numbersBooleansAndBytesByValue() {
        assertThat(DefaultValues.same(FieldType.DECIMAL, "1.5", "1.50")).isTrue();
        assertThat(DefaultValues.same(FieldType.DECIMAL, "1.5", "1.05")).isFalse();
        assertThat(DefaultValues.same(FieldType.DOUBLE, "2.5", "2.5E0")).isTrue();
        assertThat(DefaultValues.same(FieldType.INT, "(0)", "0")).isTrue();
        assertThat(DefaultValues.same(FieldType.BOOLEAN, "TRUE", "1")).isTrue();
        assertThat(DefaultValues.same(FieldType.BOOLEAN, "FALSE", "1")).isFalse();
        assertThat(DefaultValues.same(FieldType.BINARY, "X'0A02'", "0x0a02")).isTrue();
    }

    @Test
    void aNumberCastByTheServerIsComparedByItsValue() {
        assertThat(DefaultValues.same(FieldType.DOUBLE, "-2.25E10", "CAST(-2.25E+10 AS DECFLOAT)")).isTrue();
        assertThat(DefaultValues.same(FieldType.DOUBLE, "-2.25E10", "CAST(-2.5E+10 AS DECFLOAT)")).isFalse();
        assertThat(DefaultValues.same(FieldType.DECIMAL, "(CAST(1.5 AS NUMERIC(10, 2)))", "1.50")).isTrue();
        assertThat(DefaultValues.same(FieldType.STRING, "'CAST(1 AS INT)'", "'1'")).isFalse();
    }

    @Test
    void textIsExactAndNullIsNoDefault() {
        assertThat(DefaultValues.same(FieldType.STRING, "'en'", "('en')")).isTrue();
        assertThat(DefaultValues.same(FieldType.STRING, "'en'", "'EN'")).isFalse();
        assertThat(DefaultValues.same(FieldType.TEXT, null, null)).isTrue();
        assertThat(DefaultValues.same(FieldType.TEXT, "''", null)).isFalse();
        assertThat(DefaultValues.same(FieldType.INT, "(1) + (2)", "(1) + (2)")).isTrue();
    }
}

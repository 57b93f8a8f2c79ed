package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.Literals;
import dev.southward.migrate.state.Names;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random field definitions and values of every type, as a developer would write them in annotations. */
final class Samples {
    /** Field names: reserved words on purpose (every identifier is quoted). */
    static final List<String> FIELD_WORDS = List.of("width", "title", "order", "group", "select", "createdAt",
            "isPublic", "score", "note", "rank", "value", "key", "sizeInBytes", "label");
    static final List<String> MODEL_WORDS = List.of("Reef", "Kelp", "Coral", "Tide", "Shell", "Wave", "Dune",
            "Pearl", "Crab", "Squid", "Order", "Group");
    /** The types with sample values below (the JPA-only types, such as enum with its values, are not generated). */
    private static final List<FieldType> TYPES = List.of(FieldType.STRING, FieldType.TEXT, FieldType.INT,
            FieldType.LONG, FieldType.SHORT, FieldType.BOOLEAN, FieldType.DECIMAL, FieldType.DOUBLE, FieldType.DATE,
            FieldType.TIME, FieldType.DATETIME, FieldType.INSTANT, FieldType.BINARY, FieldType.UUID);
    /** Candidate values per type; each is checked against the field before use. */
    private static final Map<FieldType, List<String>> VALUES = Map.ofEntries(
            Map.entry(FieldType.STRING, List.of("x", "it's", "", "back\\slash", "K\u00e9lp \u2603")),
            Map.entry(FieldType.TEXT, List.of("long 'text'", "", "t")),
            Map.entry(FieldType.INT, List.of("1", "0", "-42", "2147483647")),
            Map.entry(FieldType.LONG, List.of("1", "-9000000000", "7")),
            Map.entry(FieldType.SHORT, List.of("1", "-3", "32767")),
            Map.entry(FieldType.BOOLEAN, List.of("true", "false")),
            Map.entry(FieldType.DECIMAL, List.of("1", "0.5", "-12.25", "0")),
            Map.entry(FieldType.DOUBLE, List.of("1.5", "0", "-2.25E10")),
            Map.entry(FieldType.DATE, List.of("2024-01-31", "1999-12-31")),
            Map.entry(FieldType.TIME, List.of("10:15:30", "00:00:00", "23:59:59.5")),
            Map.entry(FieldType.DATETIME, List.of("2024-01-31T10:15:30", "2000-02-29T00:00:00.25")),
            Map.entry(FieldType.INSTANT, List.of("2024-01-31T10:15:30Z", "2001-09-09T01:46:40.5Z")),
            Map.entry(FieldType.BINARY, List.of("AQID", "")),
            Map.entry(FieldType.UUID, List.of("123e4567-e89b-12d3-a456-426614174000")));

    private Samples() {
    }

    /** A plain (no key) field of a random type, sometimes NULL, with a default, unique or indexed. */
    static FieldState field(String name, Random random) {
        FieldState f = ofType(name, TYPES.get(random.nextInt(TYPES.size())), random);
        f = f.withNullable(random.nextInt(10) < 4);
        if (random.nextInt(10) < 3) {
            f = f.withDefault(value(f, random));
        }
        if (Models.indexable(f)) {
            f = f.withUnique(random.nextInt(10) == 0).withIndexed(random.nextInt(10) == 0);
        }
        return f;
    }

    /** A NOT NULL field of {@code type} with a random size. */
    static FieldState ofType(String name, FieldType type, Random random) {
        Integer length = type == FieldType.STRING ? List.of(1, 12, 50, 100, 255).get(random.nextInt(5)) : null;
        Integer precision = type == FieldType.DECIMAL ? List.of(5, 10, 19).get(random.nextInt(3)) : null;
        Integer scale = type == FieldType.DECIMAL ? List.of(0, 2, 4).get(random.nextInt(3)) : null;
        return new FieldState(name, Names.snake(name), type, length, precision, scale, false, null, false, false,
                false, false, null);
    }

    /** A random valid value of the field's type, e.g. for a default. */
    static String value(FieldState f, Random random) {
        List<String> fitting = VALUES.get(f.type()).stream().filter(v -> Literals.problem(f, v) == null).toList();
        return fitting.isEmpty() ? oneOff(f) : fitting.get(random.nextInt(fitting.size()));
    }

    /** The value the questioner gives for existing rows: always the same for a field, valid for its type. */
    static String oneOff(FieldState f) {
        return switch (f.type()) {
            case STRING -> "v";
            default -> VALUES.get(f.type()).get(0);
        };
    }
}

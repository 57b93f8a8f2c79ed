package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.Names;
import java.util.List;
import java.util.Random;

/** Primary key definitions a model may declare with {@code @Id}. */
final class Keys {
    /** Names of declared keys (the automatic one is {@code id}). */
    static final List<String> NAMES = List.of("code", "uid");

    private Keys() {
    }

    /** A random key named {@code name}: an auto-increment integer, a string or a UUID. */
    static FieldState random(String name, Random random) {
        FieldType type = List.of(FieldType.LONG, FieldType.INT, FieldType.STRING, FieldType.UUID)
                .get(random.nextInt(4));
        boolean auto = (type == FieldType.LONG || type == FieldType.INT) && random.nextBoolean();
        Integer length = type == FieldType.STRING ? List.of(12, 64).get(random.nextInt(2)) : null;
        return new FieldState(name, Names.snake(name), type, length, null, null, false, null, true, auto, false,
                false, null);
    }
}

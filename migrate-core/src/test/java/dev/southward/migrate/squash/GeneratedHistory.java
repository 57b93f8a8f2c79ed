package dev.southward.migrate.squash;

import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.AddIndex;
import dev.southward.migrate.operation.AlterField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.DeleteModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.RemoveField;
import dev.southward.migrate.operation.RemoveIndex;
import dev.southward.migrate.operation.RenameField;
import dev.southward.migrate.operation.RenameModel;
import dev.southward.migrate.operation.RunSql;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A long, seeded, valid history of one app: models created, renamed and deleted; fields added (plain and foreign
 * keys), altered, renamed and removed; indexes added and removed; now and then a data migration (kept by a squash)
 * or an elidable one (dropped). Every operation applies to the state before it, so the history runs on any database.
 */
public final class GeneratedHistory {
    /** The app of the history. */
    public static final String APP = "hist";
    private final Random random;
    private final UnaryOperator<String> quote;
    private final int dataPercent;
    private final boolean growth;
    private ProjectState state = ProjectState.empty();
    private int counter;

    private GeneratedHistory(long seed, UnaryOperator<String> quote, int dataPercent, boolean growth) {
        this.random = new Random(seed);
        this.quote = quote;
        this.dataPercent = dataPercent;
        this.growth = growth;
    }

    /**
     * Writes {@code count} migrations of {@value #APP} into {@code dir}.
     *
     * @param dir   the migrations directory
     * @param count how many migrations
     * @param seed  the seed
     * @param quote quotes an identifier for the database the data migrations run on
     */
    public static void write(Path dir, int count, long seed, UnaryOperator<String> quote) {
        write(dir, count, seed, quote, 10);
    }

    /**
     * Writes {@code count} migrations of {@value #APP} into {@code dir}, about {@code dataPercent} % of the
     * operations being data migrations (half of them elidable).
     *
     * @param dir         the migrations directory
     * @param count       how many migrations
     * @param seed        the seed
     * @param quote       quotes an identifier for the database the data migrations run on
     * @param dataPercent the share of data migrations, 0 to 10
     */
    public static void write(Path dir, int count, long seed, UnaryOperator<String> quote, int dataPercent) {
        new GeneratedHistory(seed, quote, dataPercent, false).run(dir, count);
    }

    /**
     * Writes {@code count} migrations of an app as apps usually grow: a new model now and then (up to 30), mostly
     * fields added (one in ten a foreign key), some altered, renamed or removed, indexes, a model renamed or deleted
     * rarely, about 2 % data migrations (half of them elidable). The stress history of
     * {@link #write(Path, int, long, UnaryOperator)} renames and cross-references a few models all the time instead.
     *
     * @param dir   the migrations directory
     * @param count how many migrations
     * @param seed  the seed
     * @param quote quotes an identifier for the database the data migrations run on
     */
    public static void writeGrowth(Path dir, int count, long seed, UnaryOperator<String> quote) {
        new GeneratedHistory(seed, quote, 0, true).run(dir, count);
    }

    private void run(Path dir, int count) {
        MigrationKey previous = null;
        for (int i = 1; i <= count; i++) {
            List<Operation> ops = new ArrayList<>();
            int n = i == 1 ? 2 : 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                Operation op = i == 1 ? create() : growth ? grow() : next();
                state = op.apply(APP, state);
                ops.add(op);
            }
            MigrationKey key = new MigrationKey(APP, String.format("%04d_step%d", i, i));
            String text = MigrationWriter.render(APP, previous == null ? List.of() : List.of(previous), ops, state);
            try {
                Path file = dir.resolve(APP).resolve(key.name() + ".json");
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            previous = key;
        }
    }

    private Operation next() {
        List<ModelState> models = state.app(APP);
        if (models.size() < 2) {
            return create();
        }
        ModelState m = models.get(random.nextInt(models.size()));
        List<FieldState> plain = m.fields().stream().filter(f -> !f.primaryKey() && f.foreignKey() == null
                && m.indexes().stream().noneMatch(x -> x.fields().contains(f.name()))).toList();
        int pick = random.nextInt(20);
        if (pick < 2 && models.size() < 6) {
            return create();
        } else if (pick < 7) {
            return new AddField(m.name(), field(m), null);
        } else if (pick < 9 && !plain.isEmpty()) {
            FieldState f = plain.get(random.nextInt(plain.size()));
            FieldState altered = f.type() == FieldType.STRING ? f.withIndexed(!f.indexed())
                    : f.withDefault(f.defaultValue() == null ? String.valueOf(random.nextInt(100)) : null);
            return new AlterField(m.name(), altered, null, f.type() != FieldType.STRING);
        } else if (pick < 11 && !plain.isEmpty()) {
            FieldState f = plain.get(random.nextInt(plain.size()));
            String name = "f" + (++counter);
            return new RenameField(m.name(), f.name(), name, name);
        } else if (pick < 13 && m.fields().size() > 2) {
            List<FieldState> removable = m.fields().stream().filter(f -> !f.primaryKey()
                    && m.indexes().stream().noneMatch(x -> x.fields().contains(f.name()))).toList();
            if (!removable.isEmpty()) {
                return new RemoveField(m.name(), removable.get(random.nextInt(removable.size())).name(), null, false);
            }
        } else if (pick < 14 && plain.size() >= 2 && m.indexes().size() < 2) {
            return new AddIndex(m.name(), new IndexState("ix" + (++counter), List.of(plain.get(0).name(),
                    plain.get(1).name()), random.nextBoolean()));
        } else if (pick < 15 && !m.indexes().isEmpty()) {
            return new RemoveIndex(m.name(), m.indexes().get(0).name());
        } else if (pick < 16) {
            String name = "M" + (++counter);
            return new RenameModel(m.name(), name, APP + "_m" + counter);
        } else if (pick < 17 && state.referencesTo(m.key()).stream().allMatch(e -> e.getKey().key().equals(m.key()))
                && models.size() > 2) {
            return new DeleteModel(m.name());
        } else if (pick < 19 && random.nextInt(10) < dataPercent) {
            boolean elidable = pick == 18;
            return new RunSql(List.of("UPDATE " + quote.apply(m.table()) + " SET " + quote.apply("id") + " = "
                    + quote.apply("id") + " WHERE 1 = 0"), List.of(), elidable);
        }
        return new AddField(m.name(), field(m), null);
    }

    /** One operation of a growing app (weights out of 100). */
    private Operation grow() {
        List<ModelState> models = state.app(APP);
        ModelState m = models.get(random.nextInt(models.size()));
        List<FieldState> plain = m.fields().stream().filter(f -> !f.primaryKey() && f.foreignKey() == null
                && m.indexes().stream().noneMatch(x -> x.fields().contains(f.name()))).toList();
        int pick = random.nextInt(100);
        if (pick < 8 && models.size() < 30 || models.size() < 2) {
            return create();
        } else if (pick < 15 && !plain.isEmpty()) {
            FieldState f = plain.get(random.nextInt(plain.size()));
            FieldState altered = f.type() == FieldType.STRING ? f.withIndexed(!f.indexed())
                    : f.withDefault(f.defaultValue() == null ? String.valueOf(random.nextInt(100)) : null);
            return new AlterField(m.name(), altered, null, f.type() != FieldType.STRING);
        } else if (pick < 18 && !plain.isEmpty()) {
            String name = "f" + (++counter);
            return new RenameField(m.name(), plain.get(random.nextInt(plain.size())).name(), name, name);
        } else if (pick < 23 && !plain.isEmpty()) {
            return new RemoveField(m.name(), plain.get(random.nextInt(plain.size())).name(), null, false);
        } else if (pick < 26 && plain.size() >= 2 && m.indexes().size() < 2) {
            return new AddIndex(m.name(), new IndexState("ix" + (++counter), List.of(plain.get(0).name(),
                    plain.get(1).name()), random.nextBoolean()));
        } else if (pick < 28 && !m.indexes().isEmpty()) {
            return new RemoveIndex(m.name(), m.indexes().get(0).name());
        } else if (pick < 29) {
            String name = "M" + (++counter);
            return new RenameModel(m.name(), name, APP + "_m" + counter);
        } else if (pick < 32 && models.size() > 2 && state.referencesTo(m.key()).stream()
                .allMatch(e -> e.getKey().key().equals(m.key()))) {
            return new DeleteModel(m.name());
        } else if (pick < 34) {
            return new RunSql(List.of("UPDATE " + quote.apply(m.table()) + " SET " + quote.apply("id") + " = "
                    + quote.apply("id") + " WHERE 1 = 0"), List.of(), pick == 33);
        }
        String name = "f" + (++counter);
        if (random.nextInt(10) == 0) {
            return new AddField(m.name(), reference(models.get(random.nextInt(models.size()))), null);
        }
        return new AddField(m.name(), random.nextBoolean() ? FieldState.of(name, name, FieldType.INT).withNullable(true)
                : FieldState.of(name, name, FieldType.STRING).withNullable(true), null);
    }

    private CreateModel create() {
        String name = "M" + (++counter);
        List<FieldState> fields = new ArrayList<>();
        fields.add(new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null));
        fields.add(FieldState.of("f" + (++counter), "f" + counter, FieldType.STRING).withNullable(true));
        List<ModelState> models = state.app(APP);
        if (!models.isEmpty() && random.nextBoolean()) {
            fields.add(reference(models.get(random.nextInt(models.size()))));
        }
        return new CreateModel(name, APP + "_m" + counter, fields, List.of());
    }

    private FieldState field(ModelState m) {
        List<ModelState> models = state.app(APP);
        int kind = random.nextInt(4);
        if (kind == 0) {
            return reference(models.get(random.nextInt(models.size())));
        }
        String name = "f" + (++counter);
        return kind == 1 ? FieldState.of(name, name, FieldType.INT).withNullable(true)
                : FieldState.of(name, name, FieldType.STRING).withNullable(true);
    }

    private FieldState reference(ModelState target) {
        String name = "r" + (++counter);
        return FieldState.of(name, name + "_id", FieldType.LONG).withNullable(true)
                .withForeignKey(new ForeignKeyRef(target.key(), OnDelete.SET_NULL));
    }
}

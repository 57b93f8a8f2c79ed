package dev.southward.migrate.evolution;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.VerifyResult;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.dialect.Dialects;
import dev.southward.migrate.execute.StateReplayer;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.loader.MigrationLoader;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.Step;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import dev.southward.migrate.writer.MigrationMaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a list of changes on a fresh database, as a developer would: for each change, make the migrations (the
 * {@link EvolutionQuestioner} answers), check that they replay to exactly the new models, migrate, and check the live
 * schema ({@code verify}, and no table left over or missing). At the end every app goes back to {@code zero} (no
 * model table left), and forwards again (verified again).
 */
public final class EvolutionRunner {
    private EvolutionRunner() {
    }

    /** Opens fresh, empty databases: one per run. */
    @FunctionalInterface
    public interface Databases {
        /**
         * A new empty database.
         *
         * @return the database; closing it drops it
         */
        Scratch open();
    }

    /**
     * One fresh database of a run.
     *
     * @param dataSource its data source
     * @param dropper    drops it
     */
    public record Scratch(DataSource dataSource, AutoCloseable dropper) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            dropper.close();
        }
    }

    /**
     * Where a run failed.
     *
     * @param step  the index of the change being applied (the size of the list for the final backwards and forwards)
     * @param phase what was being done: {@code make}, {@code migrate}, {@code zero} or {@code forwards again}
     * @param error what went wrong
     */
    public record Failure(int step, String phase, Throwable error) {
        /** The exception's class, the thing two failures must share to count as the same failure. */
        public String kind() {
            return error.getClass().getName();
        }
    }

    /**
     * Runs the changes.
     *
     * @param changes   the changes; those that do not fit are skipped
     * @param databases where to get a fresh database
     * @return the failure, or null when every check passed
     */
    public static Failure run(List<Change> changes, Databases databases) {
        Path dir = tempDirectory();
        int step = 0;
        String phase = "open";
        try (Scratch db = databases.open()) {
            Southward southward = Southward.create(db.dataSource()).withMigrationsDirectory(dir);
            Jdbi jdbi = Jdbi.create(db.dataSource());
            ProjectState state = ProjectState.empty();
            Set<String> external = new TreeSet<>();
            for (; step < changes.size(); step++) {
                ProjectState next = Models.attempt(changes.get(step), state);
                if (next == null) {
                    continue;
                }
                phase = "make";
                make(dir, next, changes.get(step));
                phase = "migrate";
                createExternalTables(jdbi, next, external);
                southward.migrate();
                check(southward, jdbi, next, external);
                state = next;
            }
            phase = "zero";
            for (String app : MigrationGraph.of(southward.migrations()).apps()) {
                southward.migrate(MigrateRequest.app(app).target("zero"));
            }
            check(southward, jdbi, ProjectState.empty(), external);
            phase = "forwards again";
            southward.migrate();
            check(southward, jdbi, state, external);
            return null;
        } catch (Exception | AssertionError e) {
            return new Failure(step, phase, e);
        } finally {
            delete(dir);
        }
    }

    /**
     * Makes the migrations of all apps, as the plugin's {@code -Dauto} does (every declared app, with or without models
     * left), and checks that they give {@code models}.
     */
    private static void make(Path dir, ProjectState models, Change change) {
        MigrationGraph graph = MigrationGraph.of(MigrationLoader.fromDirectory(dir));
        new MigrationMaker(models, Set.copyOf(Models.APPS), graph, dir).make(MakeRequest.auto()
                .questioner(new EvolutionQuestioner(change)));
        MigrationGraph made = MigrationGraph.of(MigrationLoader.fromDirectory(dir));
        ProjectState replayed = StateReplayer.stateAfter(made, made.order());
        if (!replayed.equals(models)) {
            throw new AssertionError("the migrations made do not give the models: " + difference(replayed, models));
        }
    }

    /**
     * Creates the tables of new unmanaged models ({@code ext_…}), as the other owner of such a table would before the
     * models describe it; they stay to the end of the run, whatever Southward does.
     */
    private static void createExternalTables(Jdbi jdbi, ProjectState models, Set<String> external) {
        for (ModelState m : models.models().values()) {
            if (!m.isManaged() && m.table().startsWith(Models.EXTERNAL) && external.add(m.table())) {
                jdbi.useHandle(h -> {
                    Dialect dialect = Dialects.forConnection(h.getConnection());
                    for (Step s : CreateModel.of(m.withOptions(true, null)).forwards(m.app(), ProjectState.empty(),
                            dialect)) {
                        h.execute(((Step.Sql) s).sql());
                    }
                });
            }
        }
    }

    /**
     * {@code verify} is clean, and the tables are those of {@code models} (managed or not) plus Southward's own, and
     * maybe some of those created for unmanaged models (one that Southward took over is dropped with its model, and
     * created again going backwards).
     */
    private static void check(Southward southward, Jdbi jdbi, ProjectState models, Set<String> external) {
        VerifyResult verify = southward.verify();
        if (!verify.ok()) {
            throw new AssertionError("verify: " + verify.all());
        }
        Set<String> live = jdbi.withHandle(h -> Dialects.forConnection(h.getConnection()).introspector().read(h))
                .tables().keySet().stream().map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> !t.startsWith("southward_")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = models.models().values().stream().map(m -> m.table().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> extra = new TreeSet<>(live);
        extra.removeAll(expected);
        external.forEach(t -> extra.remove(t.toLowerCase(Locale.ROOT)));
        if (!live.containsAll(expected) || !extra.isEmpty()) {
            throw new AssertionError("the database has tables " + live + ", the models " + expected);
        }
    }

    private static String difference(ProjectState actual, ProjectState expected) {
        StringBuilder s = new StringBuilder();
        Set<String> keys = new TreeSet<>(actual.models().keySet());
        keys.addAll(expected.models().keySet());
        for (String k : keys) {
            ModelState a = actual.model(k).orElse(null);
            ModelState e = expected.model(k).orElse(null);
            if (a == null || e == null) {
                s.append("\n  migrations: ").append(a).append("\n  models:     ").append(e);
            } else if (!a.equals(e)) {
                s.append("\n  ").append(k).append(":");
                if (!a.table().equals(e.table())) {
                    s.append(" table ").append(a.table()).append(" vs ").append(e.table());
                }
                a.fields().stream().filter(f -> !e.fields().contains(f))
                        .forEach(f -> s.append("\n    migrations: ").append(f));
                e.fields().stream().filter(f -> !a.fields().contains(f))
                        .forEach(f -> s.append("\n    models:     ").append(f));
                if (!a.indexes().equals(e.indexes())) {
                    s.append("\n    indexes: ").append(a.indexes()).append("\n    vs       ").append(e.indexes());
                }
                if (a.fields().equals(e.fields()) && a.indexes().equals(e.indexes())) {
                    s.append("\n    migrations: ").append(a).append("\n    models:     ").append(e);
                }
            }
        }
        return s.toString();
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("evolution");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

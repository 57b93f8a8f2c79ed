package dev.southward.benchmarks;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.execute.PlanRenderer;
import dev.southward.migrate.execute.RenderedMigration;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.loader.MigrationLoader;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.migration.MigrationWriter;
import dev.southward.migrate.operation.AddField;
import dev.southward.migrate.operation.CreateModel;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.plan.Planner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ProjectState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The workload of the issue: N migrations, the first creating {@value #TABLES} tables, each later one adding one
 * nullable column to one table, round-robin. Written once as Southward migration files (exactly as
 * {@code StartupIT} does), then rendered per database by Southward's own dialect to the SQL it runs; that same SQL
 * becomes Flyway's {@code V<n>__x.sql} files, Liquibase's changelog of {@code <sql>} changes and the raw JDBC
 * baseline, so every tool sends exactly the same DDL.
 */
public final class Workload {
    public static final int TABLES = 50;
    public static final String APP = "bench";

    private final int count;
    private final Path southward;

    private Workload(int count, Path southward) {
        this.count = count;
        this.southward = southward;
    }

    /** Writes the Southward migration files of {@code count} migrations into {@code dir}/bench. */
    public static Workload generate(int count, Path dir) {
        ProjectState state = ProjectState.empty();
        List<Operation> first = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            FieldState id = new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true,
                    false, false, null);
            first.add(new CreateModel("T" + t, "bench_t" + t, List.of(id), List.of()));
        }
        MigrationKey previous = write(dir, "0001_initial", List.of(), first, state);
        state = apply(first, state);
        for (int i = 2; i <= count; i++) {
            int column = i - 2;
            List<Operation> ops = List.of(new AddField("T" + (column % TABLES),
                    FieldState.of("c" + column, "c" + column, FieldType.INT).withNullable(true), null));
            String name = String.format("%04d_add_c%d", i, column);
            previous = write(dir, name, List.of(previous), ops, state);
            state = apply(ops, state);
        }
        index(dir);
        return new Workload(count, dir);
    }

    /**
     * Writes the per-app index ({@code migrations.index}) as {@code schemamigration} leaves it, once the files are
     * older than the index's clock tick (a file written within it is always read), as they are in a checkout
     * the build indexed.
     */
    static void index(Path dir) {
        try {
            Thread.sleep(2100);
            dev.southward.migrate.loader.MigrationIndex.writeAll(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int count() {
        return count;
    }

    /** The Southward migrations directory (with the app folder {@code bench} in it). */
    public Path southwardDirectory() {
        return southward;
    }

    /** Total size of the Southward files in bytes (checkpoints carry South's frozen snapshot of the models). */
    public long southwardBytes() {
        return bytes(southward);
    }

    /** Total size of the regular files under {@code dir} in bytes: what goes into the repository and the jar. */
    public static long bytes(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SQL Southward runs for each migration, in order, on a database of {@code dialect}. */
    public List<List<String>> ddl(Dialect dialect) {
        MigrationGraph graph = MigrationGraph.of(MigrationLoader.fromDirectory(southward));
        List<RenderedMigration> rendered = new PlanRenderer(graph, dialect, Workload.class.getClassLoader())
                .render(new Planner(graph, Set.of()).all(), Set.of());
        List<List<String>> out = new ArrayList<>();
        rendered.forEach(r -> out.add(r.sql()));
        if (out.size() != count) {
            throw new IllegalStateException("rendered " + out.size() + " migrations, expected " + count);
        }
        return out;
    }

    /** Flyway SQL migrations {@code V1__initial.sql}, {@code V2__add_c0.sql}, ... holding exactly {@code ddl}. */
    public static void writeFlyway(Path dir, List<List<String>> ddl) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < ddl.size(); i++) {
                String name = "V" + (i + 1) + "__" + (i == 0 ? "initial" : "add_c" + (i - 1)) + ".sql";
                StringBuilder s = new StringBuilder();
                ddl.get(i).forEach(sql -> s.append(sql).append(";\n"));
                Files.writeString(dir.resolve(name), s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Liquibase XML changelog, one changeSet per migration, each statement a {@code <sql>} change run as it is
     * (not split, comments kept).
     */
    public static void writeLiquibase(Path file, List<List<String>> ddl) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (int i = 0; i < ddl.size(); i++) {
            s.append("  <changeSet id=\"").append(i + 1).append("\" author=\"bench\">\n");
            for (String sql : ddl.get(i)) {
                if (sql.contains("]]>")) {
                    throw new IllegalArgumentException("cannot put in CDATA: " + sql);
                }
                s.append("    <sql splitStatements=\"false\" stripComments=\"false\"><![CDATA[").append(sql)
                        .append("]]></sql>\n");
            }
            s.append("  </changeSet>\n");
        }
        s.append("</databaseChangeLog>\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProjectState apply(List<Operation> ops, ProjectState state) {
        for (Operation op : ops) {
            state = op.apply(APP, state);
        }
        return state;
    }

    private static MigrationKey write(Path dir, String name, List<MigrationKey> deps, List<Operation> ops,
            ProjectState before) {
        try {
            Path file = dir.resolve(APP).resolve(name + ".json");
            Files.createDirectories(file.getParent());
            MigrationKey key = new MigrationKey(APP, name);
            // As schemamigration writes them: the frozen snapshot only at checkpoints.
            Files.writeString(file, MigrationWriter.render(APP, deps, ops,
                    MigrationWriter.checkpoint(key) ? apply(ops, before) : null));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

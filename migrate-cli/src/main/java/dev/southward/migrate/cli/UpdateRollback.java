package dev.southward.migrate.cli;

import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.Status;
import dev.southward.migrate.graph.MigrationGraph;
import dev.southward.migrate.migration.Migration;
import dev.southward.migrate.migration.MigrationKey;
import dev.southward.migrate.report.ProgressLines;
import java.util.List;
import java.util.function.Consumer;

/**
 * Before {@code schemamigration --update} remakes an app's latest migration: as South did, unapply it when the
 * database has it applied, so that the remade migration can be applied in its place.
 */
final class UpdateRollback {
    private final Southward southward;
    private final boolean hasDatabase;
    private final Consumer<String> out;
    private final Consumer<String> err;

    UpdateRollback(Southward southward, boolean hasDatabase, Consumer<String> out, Consumer<String> err) {
        this.southward = southward;
        this.hasDatabase = hasDatabase;
        this.out = out;
        this.err = err;
    }

    /** Unapplies the app's latest migration if it is applied; without a database, says that it did not look. */
    void unapplyLatest(String app) {
        List<Migration> all = southward.migrations();
        List<MigrationKey> leaves = MigrationGraph.of(all).leaves(app);
        if (leaves.size() != 1) {
            return; // the core refuses the update with the reason
        }
        MigrationKey latest = leaves.get(0);
        if (!hasDatabase) {
            err.accept("Not checked whether " + latest + " is applied (no database given): if it is, unapply it "
                    + "first (southward migrate " + app + " <previous>).");
            return;
        }
        boolean applied = southward.list().apps().stream().flatMap(a -> a.migrations().stream())
                .anyMatch(e -> e.key().equals(latest) && e.state() == Status.State.APPLIED);
        if (applied) {
            String previous = all.stream().filter(m -> m.key().equals(latest)).findFirst().orElseThrow()
                    .dependencies().stream().filter(d -> d.app().equals(app)).map(MigrationKey::name)
                    .reduce((a, b) -> b).orElse("zero");
            out.accept("Unapplying " + latest + " before it is remade:");
            out.accept(ProgressLines.summary(southward.migrate(MigrateRequest.app(app).target(previous))));
        }
    }
}

package dev.southward.migrate;

import dev.southward.migrate.execute.MigrationListener;
import dev.southward.migrate.migration.MigrationKey;
import java.util.ArrayList;
import java.util.List;

/** Records what the executor did and passes progress on to the configured listener. */
final class Collector implements MigrationListener {
    private final MigrationListener next;
    final List<MigrateResult.Done> done = new ArrayList<>();

    Collector(MigrationListener next) {
        this.next = next;
    }

    @Override
    public void started(MigrationKey key, boolean backwards, int statements) {
        next.started(key, backwards, statements);
    }

    @Override
    public void statement(MigrationKey key, int index, String sql) {
        next.statement(key, index, sql);
    }

    @Override
    public void finished(MigrationKey key, boolean backwards, long millis, boolean fake) {
        done.add(new MigrateResult.Done(key, backwards, millis, fake));
        next.finished(key, backwards, millis, fake);
    }
}

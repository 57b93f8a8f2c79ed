package dev.southward.migrate;

import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.history.HistoryTable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Southward's own autocommit connection for the journal, tuned by the dialect ({@link Dialect#prepareJournal}) and
 * restored, with the history table's prepared statements closed, before it goes back to its pool.
 *
 * @param handle  the connection
 * @param restore undoes the dialect's tuning
 * @param history the history table writing on it
 */
record JournalConnection(Handle handle, Runnable restore, HistoryTable history) implements AutoCloseable {
    static JournalConnection open(Jdbi jdbi, Dialect dialect, HistoryTable history) {
        Handle handle = jdbi.open();
        try {
            return new JournalConnection(handle, dialect.prepareJournal(handle.getConnection()), history);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            history.release();
            restore.run();
        } finally {
            handle.close();
        }
    }
}

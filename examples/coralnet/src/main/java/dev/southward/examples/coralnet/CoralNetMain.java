package dev.southward.examples.coralnet;

import dev.southward.examples.coralnet.accounts.AccountsApp;
import dev.southward.examples.coralnet.images.ImagesApp;
import dev.southward.migrate.MigrateResult;
import dev.southward.migrate.Southward;
import org.jdbi.v3.core.Jdbi;

/**
 * The start-up example: a plain main that brings the database up to date with the migrations shipped in its own
 * jar, then would start serving. With nothing pending, {@code migrate()} costs one query.
 *
 * <p>Database: the system property {@code southward.url} (with {@code southward.user} and
 * {@code southward.password}), by default an embedded H2 file under {@code target/}.
 */
public final class CoralNetMain {
    /** The embedded default: an H2 database file next to the build output. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./target/southward/h2";

    private CoralNetMain() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("southward.url", DEFAULT_URL);
        Jdbi jdbi = Jdbi.create(url, System.getProperty("southward.user", ""),
                System.getProperty("southward.password", ""));
        Southward southward = Southward.create(jdbi).withApps(AccountsApp.class, ImagesApp.class);

        MigrateResult result = southward.migrate();
        for (MigrateResult.Done done : result.steps()) {
            System.out.printf(" - Migrated %s (%d ms)%n", done.key(), done.millis());
        }
        System.out.println(result.nothingToDo() ? "Database is up to date." : "Applied " + result.steps().size()
                + " migration(s).");
        System.out.print(southward.list().render());
        System.out.println("CoralNet would start serving now (database: " + redact(url) + ").");
    }

    /** Never print credentials that a URL may carry. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }
}

package dev.southward.boot.testing;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;

/** Migration folders for tests: the committed {@code 0001_initial}, and {@code 0002} made from the v2 models. */
public final class Migrations {
    /** The committed migrations of the test models. */
    public static final Path COMMITTED = Path.of("src/test/resources/southward/migrations");

    private Migrations() {
    }

    /**
     * Copies the committed {@code clinic/0001_initial.json} into a new folder.
     *
     * @param dir an empty folder
     * @return {@code dir}
     */
    public static Path initial(Path dir) {
        try (InputStream in = Migrations.class.getClassLoader()
                .getResourceAsStream("southward/migrations/clinic/0001_initial.json")) {
            Files.createDirectories(dir.resolve("clinic"));
            Files.copy(in, dir.resolve("clinic/0001_initial.json"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the next migration of {@code app} in {@code dir}, as {@code schemamigration --auto} would.
     *
     * @param dir the folder of migrations
     * @param app the {@code @App} class of the models' new version
     * @return what was written
     */
    public static MakeResult make(Path dir, Class<?> app) {
        return Southward.create(new JdbcDataSource()).withApps(app).withMigrationsDirectory(dir)
                .makeMigrations(MakeRequest.auto());
    }
}

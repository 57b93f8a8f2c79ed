package dev.southward.migrate.cli;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.SouthwardException;
import dev.southward.migrate.model.App;
import dev.southward.migrate.report.ExitCode;
import dev.southward.migrate.report.Reports;
import dev.southward.migrate.writer.DataMigrationSkeleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** South's {@code datamigration}: a Java class to fill in and the migration that calls it. */
@Command(name = "datamigration", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Writes a Java class implementing DataMigration (package <base>.migrations.<app>) and the "
                + "app's next numbered migration, which calls it. Fill in forwards() and backwards(), compile, then "
                + "southward migrate.")
final class DataMigrationCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "APP", description = "The app whose data is migrated.")
    String app;

    @Parameters(index = "1", paramLabel = "NAME", description = "The migration's name, e.g. fill_widths; the "
            + "class is named after it (FillWidths).")
    String name;

    @Option(names = "--sources", paramLabel = "DIR", order = 1, description = "The Java source folder the class is "
            + "written into (default: src/main/java).")
    Path sources = Path.of("src/main/java");

    @Option(names = "--package", paramLabel = "PACKAGE", order = 2, description = "The base package (default: the "
            + "package above the app's @App class).")
    String basePackage;

    @Override
    protected boolean writesMigrations() {
        return true;
    }

    @Override
    protected ExitCode run() {
        Southward southward = southward(false);
        if (southward.migrations().stream().noneMatch(m -> m.key().app().equals(app))) {
            throw new SouthwardException("App " + app + " has no migrations yet: a data migration works on its "
                    + "tables, so make its schema migration first (southward schemamigration " + app
                    + " --initial)");
        }
        DataMigrationSkeleton skeleton = new DataMigrationSkeleton(basePackage(), app, name);
        Path dir = root.workingDir().resolve(sources);
        Path file = skeleton.file(dir);
        if (Files.exists(file)) {
            throw new SouthwardException(relative(file) + " exists already: choose another name");
        }
        MakeResult result = southward.makeMigrations(MakeRequest.data(app, name, skeleton.className()));
        Reports.made(result, true, this::relative).forEach(this::out);
        try {
            skeleton.write(dir, result.migrations().get(0).key());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e, e);
        }
        out("Created " + relative(file) + ": fill in forwards() and backwards(), compile, then run southward "
                + "migrate " + app);
        return ExitCode.DONE;
    }

    /** {@code --package}, else the package above the app's {@code @App} class ({@code com.example.images}). */
    private String basePackage() {
        if (basePackage != null) {
            return basePackage;
        }
        for (Class<?> c : classpath().apps(settings().apps())) {
            if (c.getAnnotation(App.class).name().equals(app)) {
                String pkg = c.getPackageName();
                int dot = pkg.lastIndexOf('.');
                return dot < 0 ? pkg : pkg.substring(0, dot);
            }
        }
        throw new UsageException("No @App class of app " + app + " on --classpath to take the package from: give "
                + "--package, e.g. --package com.example");
    }
}

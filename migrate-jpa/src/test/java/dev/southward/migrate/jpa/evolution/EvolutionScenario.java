package dev.southward.migrate.jpa.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.MigrateRequest;
import dev.southward.migrate.Southward;
import dev.southward.migrate.jpa.JpaModels;
import dev.southward.migrate.jpa.JpaNaming;
import dev.southward.migrate.jpa.oracle.HibernateOracle;
import dev.southward.migrate.jpa.oracle.OracleScenario;
import dev.southward.migrate.jpa.oracle.SchemaSnapshot;
import dev.southward.migrate.jpa.oracle.TestDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The shop's entities change version by version (packages {@code v1} to {@code v15}, each scanned as the app
 * {@code shop}): each change is autodetected as exactly one migration, with a questioner answering, and applied
 * with {@code verify} clean. Then every migration is unapplied one by one down to zero and all applied again,
 * {@code verify} clean after each, and the final schema must equal the one Hibernate creates for {@code v15}.
 */
public final class EvolutionScenario {
    /**
     * One version: its questions and answers, and the operations its migration must hold.
     *
     * @param version    the package {@code v<version>}
     * @param renames    the renames answered yes, {@code from -> to}
     * @param values     one-off values by key
     * @param questions  the questions that must be asked, in order
     * @param operations the operation kinds of the migration, in order
     */
    record Step(int version, Set<String> renames, Map<String, String> values, List<String> questions,
            List<String> operations) {
    }

    /** The steps; the discriminator column is {@code DTYPE} or {@code dtype} with the naming. */
    private static List<Step> steps(JpaNaming naming) {
        String dtype = "shop.Payment." + naming.physical("DTYPE");
        return List.of(
                new Step(1, Set.of(), Map.of(), List.of(), List.of("CreateModel", "CreateModel", "CreateModel",
                        "CreateModel")),
                new Step(2, Set.of(), Map.of(), List.of(), List.of("CreateModel")),
                new Step(3, Set.of(), Map.of(), List.of(), List.of("DeleteModel")),
                new Step(4, Set.of(), Map.of(), List.of(), List.of("AddField")),
                new Step(5, Set.of(), Map.of(), List.of(), List.of("RemoveField")),
                new Step(6, Set.of("shop.Product.title -> shop.Product.label"), Map.of(),
                        List.of("rename field shop.Product.title -> shop.Product.label"), List.of("RenameField")),
                new Step(7, Set.of("shop.Supplier -> shop.Vendor"), Map.of(),
                        List.of("rename model shop.Supplier -> shop.Vendor"), List.of("RenameModel")),
                new Step(8, Set.of(), Map.of(), List.of(), List.of("AlterField")),
                new Step(9, Set.of(), Map.of(), List.of(), List.of("AddField")),
                new Step(10, Set.of(), Map.of(), List.of(), List.of("CreateModel")),
                // The discriminator is NOT NULL: its backwards default is asked for.
                new Step(11, Set.of(), Map.of(dtype, "Payment"), List.of("remove not null " + dtype),
                        List.of("RemoveField", "RemoveField", "CreateModel")),
                new Step(12, Set.of("shop.Vendor -> shop.Maker"), Map.of(),
                        List.of("rename model shop.Vendor -> shop.Maker"), List.of("RenameModel")),
                new Step(13, Set.of("shop.Product.vendor -> shop.Product.maker"), Map.of(),
                        List.of("rename field shop.Product.vendor -> shop.Product.maker"), List.of("RenameField")),
                // Back to SINGLE_TABLE: the NOT NULL discriminator is added to a table that may have rows.
                new Step(14, Set.of(), Map.of(dtype, "Payment"), List.of("add not null " + dtype),
                        List.of("DeleteModel", "AddField", "AddField")),
                // The join table follows the rename of its owner without a question: table and owner column renamed.
                new Step(15, Set.of("shop.Customer -> shop.Client"), Map.of(),
                        List.of("rename model shop.Customer -> shop.Client"),
                        List.of("RenameModel", "RenameModel", "RenameField", "AlterModelOptions")));
    }

    private EvolutionScenario() {
    }

    /**
     * Runs the sequence in one fresh database, and Hibernate's schema for the last version in another.
     *
     * @param databases fresh databases of one kind
     * @param naming    the naming strategy
     * @param dir       an empty directory for the migration files
     * @throws Exception when something fails
     */
    public static void run(Supplier<TestDb> databases, JpaNaming naming, Path dir) throws Exception {
        try (TestDb db = databases.get()) {
            List<String> names = new ArrayList<>();
            Southward s = null;
            for (Step step : steps(naming)) {
                s = southward(db, dir, naming, step.version());
                RecordingQuestioner questioner = new RecordingQuestioner(step.renames(), step.values());
                MakeResult made = s.makeMigrations(MakeRequest.auto("shop").questioner(questioner));
                assertThat(made.migrations()).as("v" + step.version() + ": one migration").hasSize(1);
                MakeResult.NewMigration migration = made.migrations().get(0);
                assertThat(questioner.asked).as("v" + step.version() + " questions").isEqualTo(step.questions());
                assertThat(migration.operations()).as("v" + step.version() + " " + migration.content())
                        .extracting(o -> o.getClass().getSimpleName()).isEqualTo(step.operations());
                names.add(migration.key().name());
                s.migrate();
                assertThat(s.verify().all()).as("verify after v" + step.version()).isEmpty();
                assertThat(s.makeMigrations(MakeRequest.auto("shop").check()).changed())
                        .as("v" + step.version() + " is complete").isFalse();
            }
            for (int i = names.size() - 1; i >= 0; i--) {
                s.migrate(MigrateRequest.app("shop").target(i == 0 ? "zero" : names.get(i - 1)));
                assertThat(s.verify().all()).as("verify after unapplying " + names.get(i)).isEmpty();
            }
            assertThat(SchemaSnapshot.read(db)).as("no table at zero").isEmpty();
            s.migrate();
            assertThat(s.verify().all()).as("verify after applying all again").isEmpty();
            try (TestDb hibernate = databases.get()) {
                List<Class<?>> last = List.of(dev.southward.migrate.jpa.evolution.v15.Client.class,
                        dev.southward.migrate.jpa.evolution.v15.Product.class,
                        dev.southward.migrate.jpa.evolution.v15.Maker.class,
                        dev.southward.migrate.jpa.evolution.v15.Payment.class,
                        dev.southward.migrate.jpa.evolution.v15.CardPayment.class);
                HibernateOracle.create(hibernate, last, naming);
                var expected = SchemaSnapshot.read(hibernate);
                var actual = SchemaSnapshot.read(db);
                assertThat(SchemaSnapshot.differences(expected, actual)).as("Hibernate's schema vs Southward's on "
                        + db.kind() + "\nHibernate: " + expected + "\nSouthward: " + actual).isEmpty();
                assertThat(expected).hasSize(5); // Client, Client_favourites, Product, Maker, Payment
                HibernateOracle.validate(db, last, naming);
            }
        }
    }

    private static Southward southward(TestDb db, Path dir, JpaNaming naming, int version) {
        return OracleScenario.southward(db, dir, JpaModels.naming(naming)
                .appOfPackage("shop", "dev.southward.migrate.jpa.evolution.v" + version));
    }
}

package dev.southward.migrate.evolution;

import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import java.util.List;

/** Shrunk histories of bugs found on MySQL 8 and MariaDB, for the regression tests of every database. */
public final class Histories {
    private Histories() {
    }

    /**
     * A key that references itself becomes auto-increment without changing its type: MySQL refused to MODIFY the
     * referenced column ("Cannot change column 'uid': used in a foreign key constraint", seeds 1, 27, 79).
     *
     * @return the changes
     */
    public static List<Change> keyBecomesAutoIncrementWhileReferenced() {
        FieldState uid = new FieldState("uid", "uid", FieldType.INT, null, null, null, false, null, true, false,
                false, false, null);
        ModelState wave = new ModelState("beta", "Wave7", "beta_wave7", List.of(uid,
                Models.foreignKey("order44", "beta.Wave7", true, OnDelete.NO_ACTION)), List.of());
        ModelState other = new ModelState("alpha", "Reef1", "alpha_reef1", List.of(Models.autoId(),
                Models.foreignKey("wave", "beta.Wave7", false, OnDelete.CASCADE)), List.of());
        FieldState auto = new FieldState("uid", "uid", FieldType.INT, null, null, null, false, null, true, true,
                false, false, null);
        return List.of(new CreateModelKind.Create(wave), new CreateModelKind.Create(other),
                new ChangeKeyTypeKind.ChangeKey("beta.Wave7", auto), new ChangeKeyTypeKind.ChangeKey("beta.Wave7", uid));
    }

    /**
     * A NOT NULL byte[] field with the empty default, in a new table and added to one: MySQL 8 refused
     * {@code DEFAULT (X'')} (seeds 49, 51).
     *
     * @return the changes
     */
    public static List<Change> emptyBinaryDefault() {
        FieldState blob = Samples.ofType("order48", FieldType.BINARY, new java.util.Random(1)).withDefault("");
        ModelState tide = new ModelState("gamma", "Tide85", "gamma_tide85", List.of(Models.autoId(), blob),
                List.of());
        return List.of(new CreateModelKind.Create(tide), new AddFieldKind.Add("gamma.Tide85",
                Samples.ofType("label2", FieldType.BINARY, new java.util.Random(1)).withDefault("")));
    }

    /**
     * A renamed model whose index and fields' statements MySQL merges into one ALTER TABLE: the checks before
     * running took the first operation's state for the last one's ("no model gamma.Group79 in the state", seed 72).
     *
     * @return the changes
     */
    public static List<Change> mergedStatementsOfARenamedModel() {
        FieldState key = Samples.ofType("key24", FieldType.LONG, new java.util.Random(1)).withDefault("7");
        FieldState score = Samples.ofType("score45", FieldType.SHORT, new java.util.Random(1)).withNullable(true);
        ModelState group = new ModelState("gamma", "Group38", "gamma_group38", List.of(Models.autoId(),
                key.withIndexed(true), score), List.of(new dev.southward.migrate.state.IndexState("derived",
                List.of("key24", "score45"), true)));
        return List.of(new CreateModelKind.Create(group), new AlterFieldKind.Alter("gamma.Group38", key),
                new AddFieldKind.Add("gamma.Group38", Models.foreignKey("value21", "gamma.Group38", true,
                        OnDelete.SET_NULL)),
                new RenameModelKind.Rename("gamma.Group38", "Group79"));
    }

    /**
     * A model with a string key that references itself, renamed, then its key shortened: going back, MySQL refused
     * the statement that drops the self-referencing constraint and changes the key in one ALTER TABLE ("Cannot
     * change column 'code': used in a foreign key constraint", seed 203).
     *
     * @return the changes
     */
    public static List<Change> selfReferencedKeyOfARenamedModelShortened() {
        FieldState code = new FieldState("code", "code", FieldType.STRING, 64, null, null, false, null, true, false,
                false, false, null);
        ModelState group = new ModelState("gamma", "Group73", "gamma_group73", List.of(code,
                Models.foreignKey("createdAt88", "gamma.Group73", true, OnDelete.SET_NULL)), List.of());
        return List.of(new CreateModelKind.Create(group), new RenameModelKind.Rename("gamma.Group73", "Squid4"),
                new ChangeKeyTypeKind.ChangeKey("gamma.Squid4", new FieldState("code", "code", FieldType.STRING, 12,
                        null, null, false, null, true, false, false, false, null)));
    }

    /**
     * An auto-increment key referenced by its own table becomes an int: the key's MODIFY had been merged with the
     * self-referencing constraint added back, which MySQL 8 and MariaDB check against the table as it was ("Cannot
     * add foreign key constraint", seeds 222, 226).
     *
     * @return the changes
     */
    public static List<Change> selfReferencedKeyRetyped() {
        ModelState kelp = new ModelState("alpha", "Kelp37", "alpha_kelp37", List.of(Models.autoId()), List.of());
        return List.of(new CreateModelKind.Create(kelp), new AddFieldKind.Add("alpha.Kelp37",
                Models.foreignKey("note27", "alpha.Kelp37", true, OnDelete.SET_NULL)),
                new ChangeKeyTypeKind.ChangeKey("alpha.Kelp37", new FieldState("id", "id", FieldType.INT, null, null,
                        null, false, null, true, false, false, false, null)));
    }
}

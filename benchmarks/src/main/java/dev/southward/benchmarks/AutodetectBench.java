package dev.southward.benchmarks;

import dev.southward.migrate.autodetect.Autodetector;
import dev.southward.migrate.questioner.Answers;
import dev.southward.migrate.questioner.NonInteractiveQuestioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.FieldType;
import dev.southward.migrate.state.ForeignKeyRef;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.OnDelete;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Autodetect on large projects, built directly as {@link ProjectState}s (no {@code @App} classes): N models of 20
 * fields each (a primary key, a foreign key to the previous model, strings, numbers, dates, a unique and an indexed
 * field) and one composite index per model. Two cases:
 * <ul>
 *   <li><b>changes</b>: the models against the state of the last migration with a handful of edits (a field added,
 *       one altered, one removed, a model added): {@code schemamigration --auto} on a large project;</li>
 *   <li><b>initial</b>: all models against an empty state: {@code schemamigration --initial}.</li>
 * </ul>
 */
public final class AutodetectBench {
    static final int FIELDS = 20;
    private static final String APP = "bench";

    private AutodetectBench() {
    }

    /** {@code n} models of {@value #FIELDS} fields. */
    static List<ModelState> models(int n) {
        List<ModelState> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(model(i));
        }
        return out;
    }

    static ModelState model(int i) {
        List<FieldState> fields = new ArrayList<>();
        fields.add(new FieldState("id", "id", FieldType.LONG, null, null, null, false, null, true, true, false, false,
                null));
        fields.add(FieldState.of("parent", "parent_id", FieldType.LONG).withNullable(true)
                .withForeignKey(new ForeignKeyRef(APP + ".M" + (i == 0 ? 0 : i - 1), OnDelete.CASCADE)));
        FieldType[] types = {FieldType.STRING, FieldType.INT, FieldType.LONG, FieldType.BOOLEAN, FieldType.DATETIME,
                FieldType.TEXT, FieldType.DATE, FieldType.DOUBLE, FieldType.SHORT};
        for (int f = 2; f < FIELDS; f++) {
            FieldType type = types[f % types.length];
            FieldState field = FieldState.of("f" + f, "f" + f, type).withNullable(f % 3 == 0);
            if (f == 2) {
                field = field.withUnique(true);
            } else if (f == 3) {
                field = field.withIndexed(true);
            } else if (f == 10) {
                field = field.withDefault("0"); // an INT
            }
            fields.add(field);
        }
        return new ModelState(APP, "M" + i, "bench_m" + i, fields,
                List.of(new IndexState("bench_m" + i + "_f7_f8", List.of("f7", "f8"), false)));
    }

    /** The models of the project after a few typical edits. */
    static ProjectState edited(List<ModelState> models) {
        List<ModelState> out = new ArrayList<>(models);
        int n = models.size();
        out.set(n / 2, out.get(n / 2).withField(FieldState.of("extra", "extra", FieldType.INT).withNullable(true)));
        out.set(n / 3, out.get(n / 3).replaceField("f6", f -> FieldState.of("f6", "f6", FieldType.STRING)
                .withNullable(true)));
        out.set(n / 4, out.get(n / 4).withoutField("f9")); // nullable: no question to answer
        out.add(model(n));
        return ProjectState.of(out);
    }

    /** One detection; returns the number of operations found (checked by the caller). */
    static int detect(ProjectState from, ProjectState to) {
        Autodetector.Detection d = Autodetector.detect(APP, from, to, new NonInteractiveQuestioner(Answers.none()));
        if (d.unanswered()) {
            throw new IllegalStateException("autodetect asked a question in the benchmark");
        }
        return d.operations().size();
    }
}

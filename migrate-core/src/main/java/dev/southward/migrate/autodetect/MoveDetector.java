package dev.southward.migrate.autodetect;

import dev.southward.migrate.questioner.Questioner;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds models that left one app while a model with the same fields appeared in another, and asks whether it was
 * moved ("Did you move catalog.Product to inventory.Product?"); then, within each app, whether a model was renamed.
 * Without a "yes" it stays a deletion plus a creation. Renames are settled here, before any app's migration is made,
 * because other apps' foreign keys follow a renamed model: the renaming app's migration is made first, so theirs do
 * not take the new name for a change of their own.
 */
public final class MoveDetector {
    private MoveDetector() {
    }

    /**
     * An accepted move, or a rename when both models are in the same app.
     *
     * @param from  the model before, {@code app.Model}
     * @param to    the model after, {@code app.Model}
     * @param table its table after the move
     */
    public record Move(String from, String to, String table) {
        /**
         * The app the model leaves.
         *
         * @return the app label of the model's old key
         */
        public String fromApp() {
            return from.substring(0, from.indexOf('.'));
        }

        /**
         * The app the model joins.
         *
         * @return the app label of the model's new key
         */
        public String toApp() {
            return to.substring(0, to.indexOf('.'));
        }

        /**
         * Whether the model stays in its app under a new name.
         *
         * @return true for a rename within an app, false for a move between apps
         */
        public boolean rename() {
            return fromApp().equals(toApp());
        }
    }

    /**
     * The moves found between the given apps, and whether some question went unanswered.
     *
     * @param moves      the accepted moves
     * @param unanswered whether a move question was left unanswered (non-interactive runs)
     */
    public record Result(List<Move> moves, boolean unanswered) {
    }

    /**
     * Asks about every candidate move between two of {@code apps}, then about every candidate rename in one of them.
     *
     * @param apps       the apps being made
     * @param from       the state of the current migrations
     * @param to         the state of the current models
     * @param questioner asked for each candidate
     * @return the accepted moves
     */
    public static Result detect(Collection<String> apps, ProjectState from, ProjectState to, Questioner questioner) {
        List<Move> moves = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        boolean unanswered = false;
        for (ModelState removed : from.models().values()) {
            if (!apps.contains(removed.app()) || to.model(removed.key()).isPresent() || removed.joinFor() != null) {
                continue;
            }
            for (ModelState added : to.models().values()) {
                if (!apps.contains(added.app()) || added.app().equals(removed.app()) || added.joinFor() != null
                        || from.model(added.key()).isPresent() || taken.contains(added.key())
                        || !sameFields(removed, added)) {
                    continue;
                }
                Boolean yes = questioner.moveModel(removed.key(), added.key(), added);
                unanswered |= yes == null;
                if (Boolean.TRUE.equals(yes)) {
                    taken.add(added.key());
                    moves.add(new Move(removed.key(), added.key(), added.table()));
                    break;
                }
            }
        }
        Set<String> moved = new HashSet<>();
        moves.forEach(m -> moved.add(m.from()));
        for (ModelState removed : from.models().values()) {
            if (!apps.contains(removed.app()) || to.model(removed.key()).isPresent() || moved.contains(removed.key())
                    || removed.joinFor() != null) {
                continue;
            }
            for (ModelState added : to.app(removed.app())) {
                if (from.model(added.key()).isPresent() || taken.contains(added.key()) || added.joinFor() != null
                        || !sameFields(removed, added)) {
                    continue;
                }
                // Unanswered, it is asked again (and listed) by the app's autodetector: no reason to stop here.
                if (Boolean.TRUE.equals(questioner.renameModel(removed.key(), added.key(), added))) {
                    taken.add(added.key());
                    moves.add(new Move(removed.key(), added.key(), added.table()));
                    break;
                }
            }
        }
        return new Result(withJoinTables(moves, from, to, taken), unanswered);
    }

    /**
     * The moves with those of the join tables of the moved or renamed models' many-to-many fields: a join table is
     * named after its model and lives in its app, so it follows without a question of its own (as Django's
     * {@code RenameModel} renames its many-to-many tables). Its column named after the model follows in the app's own
     * autodetection ({@link RenameDetector}).
     */
    private static List<Move> withJoinTables(List<Move> moves, ProjectState from, ProjectState to, Set<String> taken) {
        List<Move> out = new ArrayList<>();
        for (Move m : moves) {
            out.add(m);
            String oldName = m.from().substring(m.fromApp().length() + 1);
            String newName = m.to().substring(m.toApp().length() + 1);
            for (ModelState join : from.app(m.fromApp())) {
                if (join.joinFor() == null || !join.joinFor().startsWith(oldName + ".")
                        || to.model(join.key()).isPresent()) {
                    continue;
                }
                String joinFor = newName + join.joinFor().substring(oldName.length());
                for (ModelState j : to.app(m.toApp())) {
                    if (joinFor.equals(j.joinFor()) && from.model(j.key()).isEmpty() && taken.add(j.key())) {
                        out.add(new Move(join.key(), j.key(), j.table()));
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Same fields, in any order, ignoring foreign keys' model names (a reference to a moved model follows it). */
    static boolean sameFields(ModelState a, ModelState b) {
        if (a.fields().size() != b.fields().size()) {
            return false;
        }
        for (FieldState f : a.fields()) {
            FieldState g = b.field(f.name()).orElse(null);
            if (g == null || !f.withForeignKey(null).equals(g.withForeignKey(null))) {
                return false;
            }
        }
        return true;
    }
}

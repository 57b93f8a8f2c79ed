package dev.southward.migrate.migration;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.southward.migrate.MigrationFileException;
import dev.southward.migrate.operation.Operation;
import dev.southward.migrate.operation.Values;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads migration files with Jackson's streaming parser, so the frozen snapshot (the bulk of a file) is skipped
 * unless asked for. Errors name the file, line and column.
 */
public final class MigrationReader {
    private static final List<String> OPERATIONS = List.of("create_model", "delete_model", "add_field",
            "remove_field", "alter_field", "rename_field", "rename_model", "add_index", "remove_index", "run_sql",
            "run_java", "alter_model_options", "move_model", "model_moved");

    /** Opens the file's content; called once for the header and again if the snapshot is needed. */
    public interface Source {
        /**
         * Opens a new stream at the file's start.
         *
         * @return the stream, closed by the reader
         * @throws IOException when the file cannot be opened
         */
        InputStream open() throws IOException;
    }

    private MigrationReader() {
    }

    /**
     * Reads a migration's head: dependencies, replaced migrations, operations and checksum; the frozen snapshot is read
     * later, only if asked for.
     *
     * @param key      the migration, from its file name
     * @param location the file's location, for messages
     * @param source   opens the file's content
     * @return the migration
     * @throws dev.southward.migrate.MigrationFileException naming the file, line and column of what cannot be read
     */
    public static Migration read(MigrationKey key, String location, Source source) {
        List<MigrationKey> dependencies = new ArrayList<>();
        List<MigrationKey> replaces = new ArrayList<>();
        List<Operation> operations = null;
        boolean sawFormat = false;
        MigrationHead head;
        try (InputStream in = source.open()) {
            head = MigrationHead.read(in);
        } catch (IOException e) {
            throw new MigrationFileException(location + ": cannot read: " + e.getMessage(), e);
        }
        if (head.problem() != null) {
            throw new MigrationFileException(location + ": " + head.problem());
        }
        try (JsonParser p = MigrationJson.mapper().createParser(head.bytes(), 0, head.length())) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, location, "a JSON object");
            read:
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "southward" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != MigrationJson.FORMAT) {
                            throw error(location, p.currentLocation(), "unsupported format version " + p.getText()
                                    + " (this Southward reads version " + MigrationJson.FORMAT + ")");
                        }
                        sawFormat = true;
                    }
                    case "dependencies" -> {
                        expect(p, value, JsonToken.START_ARRAY, location, "an array of \"app.0001_name\"");
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            dependencies.add(dependency(p, location));
                        }
                    }
                    case "replaces" -> {
                        expect(p, value, JsonToken.START_ARRAY, location, "an array of \"0001_name\"");
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            replaces.add(replaced(p, key, location));
                        }
                    }
                    case "operations" -> {
                        expect(p, value, JsonToken.START_ARRAY, location, "an array of operations");
                        operations = operations(p, key, location);
                    }
                    case "frozen" -> {
                        if (sawFormat && operations != null) {
                            // The snapshot is the bulk of the file and comes last: stop here, do not even scan it.
                            break read;
                        }
                        p.skipChildren();
                    }
                    default -> throw error(location, p.currentLocation(), "unknown key \"" + field
                            + "\" (expected southward, dependencies, replaces, operations, frozen)");
                }
            }
            if (!sawFormat) {
                throw new MigrationFileException(location + ": missing \"southward\": " + MigrationJson.FORMAT
                        + " (the file format version)");
            }
        } catch (InvalidTypeIdException e) {
            throw error(location, e.getLocation(), "unknown operation '" + e.getTypeId() + "' (known: "
                    + String.join(", ", OPERATIONS) + ")");
        } catch (JsonProcessingException e) {
            throw error(location, e.getLocation(), message(e));
        } catch (IOException e) {
            throw new MigrationFileException(location + ": cannot read: " + e.getMessage(), e);
        }
        if (head.checksum() == null) {
            // The JSON parser accepted what the lexer could not follow (say, an escaped key): no checksum.
            throw new MigrationFileException(location + ": cannot compute the checksum: write keys without escapes, "
                    + "as one JSON object");
        }
        List<Operation> ops = operations == null ? List.of() : operations;
        return new Migration(key, location, dependencies, replaces, ops, head.checksum(), frozen(location, source));
    }

    /** The operations one by one, so a bad value is reported at its operation's line. */
    private static List<Operation> operations(JsonParser p, MigrationKey key, String location) throws IOException {
        List<Operation> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            Operation op = MigrationJson.mapper().readValue(p, Operation.class);
            if (op == null) {
                throw error(location, at, "operation #" + (out.size() + 1) + " is null");
            }
            List<String> problems = Values.problems(op);
            if (!problems.isEmpty()) {
                throw error(location, at, key + ", operation #" + (out.size() + 1) + " (" + op.describe(key.app())
                        + "): " + String.join("; ", problems));
            }
            out.add(op);
        }
        return out;
    }

    private static Supplier<ProjectState> frozen(String location, Source source) {
        return () -> {
            try (InputStream in = source.open(); JsonParser p = MigrationJson.mapper().createParser(in)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("frozen")) {
                        return ProjectState.of(MigrationJson.mapper().readValue(p,
                                new TypeReference<List<ModelState>>() { }));
                    }
                    p.skipChildren();
                }
                return null; // no snapshot: not a checkpoint

            } catch (JsonProcessingException e) {
                throw error(location, e.getLocation(), "frozen snapshot: " + message(e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static MigrationKey dependency(JsonParser p, String location) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error(location, p.currentLocation(), "a dependency must be a string \"app.0001_name\"");
        }
        try {
            MigrationKey key = MigrationKey.parse(p.getText());
            if (!MigrationKey.isName(key.name())) {
                throw new IllegalArgumentException("'" + p.getText() + "' is not of the form app.0001_name");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw error(location, p.currentLocation(), "bad dependency: " + e.getMessage());
        }
    }

    /** One entry of a squash's {@code replaces}: a migration name of the same app. */
    private static MigrationKey replaced(JsonParser p, MigrationKey key, String location) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING || !MigrationKey.isName(p.getText())) {
            throw error(location, p.currentLocation(), "\"replaces\" lists migration names of app " + key.app()
                    + " such as \"0001_initial\", found " + p.getText());
        }
        if (p.getText().equals(key.name())) {
            throw error(location, p.currentLocation(), key + " cannot replace itself");
        }
        return new MigrationKey(key.app(), p.getText());
    }

    /** Jackson's message; a key given twice (strict duplicate detection) in the words the start-up lexer uses. */
    private static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m != null && m.startsWith("Duplicate field '")) {
            String key = m.substring("Duplicate field '".length(), m.indexOf('\'', "Duplicate field '".length()));
            return "duplicate key \"" + key + "\" (a key may appear once; the JSON reader would keep only the last)";
        }
        return m;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String location, String what) {
        if (actual != expected) {
            throw error(location, p.currentLocation(), "expected " + what + ", found " + actual);
        }
    }

    private static MigrationFileException error(String location, JsonLocation at, String message) {
        String position = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr() + ":";
        return new MigrationFileException(location + ":" + position + " " + message);
    }
}

package dev.southward.migrate.migration;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for migration files: strict on read, deterministic and diff-friendly on write. */
public final class MigrationJson {
    /** Current version of the file format, written as {@code "southward"}. */
    public static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A key given twice would silently let the last one win (a second "operations", a second "sql").
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private MigrationJson() {
    }

    /**
     * The JSON mapper of migration files: sorted map keys, unknown properties refused.
     *
     * @return the shared, configured mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Two-space indentation, one array element per line, {@code \n} line ends on every platform.
     *
     * @return a new printer, as every written migration file uses
     */
    public static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}

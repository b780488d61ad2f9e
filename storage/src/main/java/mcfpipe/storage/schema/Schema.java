package mcfpipe.storage.schema;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mcfpipe.storage.Json;
import mcfpipe.storage.validate.UnknownTableException;

/** The data model loaded from db_schema.json: every table, its columns, keys and indexes. Immutable. */
public final class Schema {
    /** Classpath name of the schema packaged into the storage jar. */
    public static final String RESOURCE = "db_schema.json";

    private final Map<String, TableDef> tables;

    private Schema(List<TableDef> tables) {
        Map<String, TableDef> byName = new LinkedHashMap<>();
        for (TableDef t : tables) byName.put(t.name(), t);
        this.tables = Collections.unmodifiableMap(byName);
    }

    public static Schema load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema file " + file, e);
        }
    }

    /** Loads from a stream; {@code sourceName} labels error messages. */
    public static Schema load(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(in);
        } catch (JacksonException e) {
            throw new SchemaException(sourceName + ": malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + sourceName, e);
        }
        return new Schema(new SchemaReader(sourceName).read(root));
    }

    /** The schema packaged in this jar (read once; the result is immutable). */
    public static Schema loadDefault() {
        return DefaultHolder.SCHEMA;
    }

    /** Lazy, thread-safe single load of the packaged schema. */
    private static final class DefaultHolder {
        static final Schema SCHEMA = loadResource();

        private static Schema loadResource() {
            try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new SchemaException(RESOURCE + " is not on the classpath");
                return load(in, "classpath:" + RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read classpath:" + RESOURCE, e);
            }
        }
    }

    /** The named table; throws {@link UnknownTableException} ("table 'foo' does not exist"). */
    public TableDef table(String name) {
        TableDef t = tables.get(name);
        if (t == null) throw new UnknownTableException(name);
        return t;
    }

    public Optional<TableDef> findTable(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** Every table in file order. */
    public List<TableDef> tables() {
        return List.copyOf(tables.values());
    }
}

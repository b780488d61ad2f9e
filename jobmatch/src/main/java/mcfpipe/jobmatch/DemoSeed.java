package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.ConflictException;

/**
 * The demo data a new local user starts with (resource {@code demo-seed.json}): user {@code demo}, a track for
 * the engineering roles of the recorded search "engineer" with its search config, and a small keyword library.
 * Idempotent and careful: it creates only what is missing and never changes a row that exists, so a user's own
 * edits (a re-scored tag, a changed screen) survive every later run.
 */
public final class DemoSeed {
    public static final String USER_ID = "demo";
    public static final String TRACK_ID = "demo-engineer";
    private static final String RESOURCE = "demo-seed.json";

    private DemoSeed() {}

    /** Creates the missing demo rows; returns how many it created (0 once everything exists). */
    public static int ensure(TableStore store) {
        JsonNode seed = load();
        int created = 0;
        for (JsonNode entry : seed.get("rows")) {
            String table = entry.get("table").asText();
            ObjectNode row = (ObjectNode) entry.get("row");
            if (store.get(table, ItemKey.fromRecord(store.schema().table(table), row)).isPresent()) continue;
            if (create(store, table, row)) created++;
        }
        Set<String> existing = new HashSet<>();
        for (ObjectNode row : LibraryReader.rows(store)) existing.add(row.get("keyword_id").asText());
        for (JsonNode k : seed.get("keywords")) {
            ObjectNode row = ((ObjectNode) k).deepCopy();
            String trackId = row.hasNonNull("track_id") ? row.get("track_id").asText() : null;
            String id = KeywordIds.of(row.get("library").asText(), trackId, row.get("word").asText());
            if (existing.contains(id)) continue;
            row.put("keyword_id", id);
            if (create(store, "keyword", row)) created++;
        }
        return created;
    }

    /** False when another run created the row in the meantime: the existing row wins. */
    private static boolean create(TableStore store, String table, ObjectNode row) {
        try {
            store.create(table, row.deepCopy());
            return true;
        } catch (ConflictException createdMeanwhile) {
            return false;
        }
    }

    private static JsonNode load() {
        try (InputStream in = DemoSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the jobmatch jar");
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

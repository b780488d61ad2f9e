package mcfpipe.jobmatch.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.storage.Json;

/** Builds keyword rows for unit tests, so each test states the library it scores with. */
final class TestLibraries {
    private final List<ObjectNode> rows = new ArrayList<>();

    TestLibraries tag(String trackId, String word, double score) {
        ObjectNode row = row("title_tag", word);
        if (trackId != null) row.put("track_id", trackId);
        row.put("score", score);
        return this;
    }

    TestLibraries rank(String word, double rank) {
        row("rank", word).put("score", rank);
        return this;
    }

    TestLibraries words(String library, String... words) {
        for (String w : words) row(library, w);
        return this;
    }

    Libraries build() {
        return Libraries.fromRows(rows);
    }

    private ObjectNode row(String library, String word) {
        ObjectNode row = Json.object();
        row.put("library", library);
        row.put("word", word);
        rows.add(row);
        return row;
    }
}

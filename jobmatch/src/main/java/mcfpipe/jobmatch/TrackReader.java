package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.jobmatch.score.Libraries;
import mcfpipe.jobmatch.score.TrackContext;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;

/** A user's active tracks (by the user_id index, in track id order), each with its search_config. */
final class TrackReader {
    private TrackReader() {}

    static List<TrackContext> read(TableStore store, String userId, Libraries libraries) {
        List<TrackContext> tracks = new ArrayList<>();
        for (ObjectNode track : Queries.all(store, "track", "user_id-index", userId)) {
            // a track switched off is kept for its history but not scored
            if (track.hasNonNull("active") && !track.get("active").asBoolean()) continue;
            ObjectNode config = store.get("search_config", ItemKey.of(track.get("track_id").asText())).orElse(null);
            tracks.add(TrackContext.of(track, config, libraries));
        }
        return tracks;
    }
}

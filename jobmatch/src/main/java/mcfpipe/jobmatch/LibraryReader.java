package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.jobmatch.score.Libraries;
import mcfpipe.storage.store.TableStore;

/** Reads the keyword libraries, one query of the library index per library. */
final class LibraryReader {
    private LibraryReader() {}

    static List<ObjectNode> rows(TableStore store) {
        List<ObjectNode> rows = new ArrayList<>();
        for (String library : Libraries.NAMES) rows.addAll(Queries.all(store, "keyword", "library-index", library));
        return rows;
    }

    static Libraries read(TableStore store) {
        return Libraries.fromRows(rows(store));
    }
}

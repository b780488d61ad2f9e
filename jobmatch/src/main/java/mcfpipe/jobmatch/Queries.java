package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.TableStore;

/** Reads every page of a query: the recommender needs all of a user's rows, not one page. */
final class Queries {
    private Queries() {}

    static List<ObjectNode> all(TableStore store, String table, String index, String partition) {
        List<ObjectNode> rows = new ArrayList<>();
        String next = null;
        do {
            Page page = store.query(table, index, partition, null, TableStore.MAX_LIMIT, next);
            rows.addAll(page.items());
            next = page.next();
        } while (next != null);
        return rows;
    }

    static List<ObjectNode> scanAll(TableStore store, String table) {
        List<ObjectNode> rows = new ArrayList<>();
        String next = null;
        do {
            Page page = store.scan(table, TableStore.MAX_LIMIT, next);
            rows.addAll(page.items());
            next = page.next();
        } while (next != null);
        return rows;
    }
}

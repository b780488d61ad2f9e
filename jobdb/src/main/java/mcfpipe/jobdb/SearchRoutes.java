package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.IndexDef;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.SortCondition;
import mcfpipe.storage.store.TableStore;

/**
 * GET /{table}/search: a query on the table's key or on a secondary index whose partition key is the
 * attribute asked for; never a scan with a filter (its limit applies before the filter, so pages come back
 * short). The whole table is scanned only when the caller asks with ?all=true.
 */
final class SearchRoutes {
    static final int DEFAULT_LIMIT = 100;
    private static final List<String> CONTROLS = List.of("limit", "next", "all");

    private final TableStore store;
    private final Schema schema;

    SearchRoutes(TableStore store, Schema schema) {
        this.store = store;
        this.schema = schema;
    }

    ApiResponse search(ApiRequest request) {
        TableDef table = schema.table(request.segment(0));
        Map<String, String> attrs = new LinkedHashMap<>(request.query());
        CONTROLS.forEach(attrs::remove);
        int limit = limit(request.query().get("limit"));
        String next = request.query().get("next");
        Page page;
        if ("true".equals(request.query().get("all"))) {
            if (!attrs.isEmpty()) {
                throw new ApiException(400, "bad_query", "all=true reads the whole table; drop " + attrs.keySet(), "all");
            }
            page = store.scan(table.name(), limit, next);
        } else {
            Plan plan = plan(table, attrs);
            page = store.query(table.name(), plan.index, attrs.get(plan.partition),
                    plan.sort == null ? null : SortCondition.eq(attrs.get(plan.sort)), limit, next);
        }
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode items = body.putArray("items");
        page.items().forEach(items::add);
        if (page.next() == null) body.putNull("next");
        else body.put("next", page.next());
        return ApiResponse.of(200, body);
    }

    /** Which key answers the query: index null means the table's own key. */
    private record Plan(String index, String partition, String sort) {}

    private static Plan plan(TableDef table, Map<String, String> attrs) {
        if (attrs.isEmpty()) {
            throw new ApiException(400, "bad_query", "search needs ?<attribute>=<value> on one of "
                    + searchable(table) + " (or all=true to read the whole table)", null);
        }
        List<Plan> candidates = new ArrayList<>();
        candidates.add(new Plan(null, table.primaryKey(), table.sortKey().orElse(null)));
        for (IndexDef i : table.indexes()) candidates.add(new Plan(i.name(), i.partitionKey(), i.sortKey().orElse(null)));
        for (Plan c : candidates) {
            if (!attrs.containsKey(c.partition)) continue;
            boolean withSort = c.sort != null && attrs.containsKey(c.sort);
            if (attrs.size() == (withSort ? 2 : 1)) return new Plan(c.index, c.partition, withSort ? c.sort : null);
        }
        Optional<String> unknown = attrs.keySet().stream().filter(a -> !table.columns().containsKey(a)).findFirst();
        if (unknown.isPresent()) {
            throw new ApiException(400, "unknown_column", "table '" + table.name() + "' has no column '" + unknown.get()
                    + "'", unknown.get());
        }
        String first = attrs.keySet().iterator().next();
        throw new ApiException(400, "not_indexed", "cannot search " + table.name() + " by " + attrs.keySet()
                + ": no key or index covers it; searchable: " + searchable(table), first);
    }

    private static String searchable(TableDef table) {
        List<String> s = new ArrayList<>();
        s.add(table.primaryKey() + table.sortKey().map(k -> " (+ " + k + ")").orElse(""));
        for (IndexDef i : table.indexes()) s.add(i.partitionKey() + i.sortKey().map(k -> " (+ " + k + ")").orElse(""));
        return String.join(", ", s);
    }

    private static int limit(String raw) {
        if (raw == null) return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= TableStore.MAX_LIMIT) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ApiException(400, "bad_limit", "limit must be a whole number from 1 to " + TableStore.MAX_LIMIT
                + ", got '" + raw + "'", "limit");
    }
}

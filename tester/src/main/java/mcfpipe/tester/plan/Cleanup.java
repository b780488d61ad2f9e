package mcfpipe.tester.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiClient;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.http.ApiUnreachableException;
import mcfpipe.tester.http.JsonCodec;
import mcfpipe.tester.http.PathEncoding;

/**
 * Every key a case may have created, recorded before the request is sent (so a create that fails half-way is
 * still cleaned up), and deleted through the API after the plan, whatever the cases' outcome.
 */
public final class Cleanup {
    private static final int BATCH = 1000;

    private final Set<ItemKey> keys = new LinkedHashSet<>();

    public synchronized void job(String id) {
        keys.add(new ItemKey(Jobs.TABLE, Jobs.KEY, id, null, null));
    }

    public synchronized void item(ItemKey key) {
        keys.add(key);
    }

    public synchronized int size() {
        return keys.size();
    }

    /** Deletes everything recorded; returns what could not be deleted (empty when all is clean). */
    public synchronized List<String> run(ApiClient api) {
        Map<String, List<ItemKey>> byTable = new LinkedHashMap<>();
        keys.forEach(k -> byTable.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(k));
        List<String> problems = new ArrayList<>();
        try {
            byTable.forEach((table, tableKeys) -> {
                for (int from = 0; from < tableKeys.size(); from += BATCH) {
                    List<ItemKey> chunk = tableKeys.subList(from, Math.min(tableKeys.size(), from + BATCH));
                    if (!deleteMany(api, table, chunk)) chunk.forEach(k -> deleteOne(api, k, problems));
                }
            });
        } catch (ApiUnreachableException e) {
            // no point trying the rest one by one
            problems.add("all remaining keys (of " + keys.size() + " recorded): the API is unreachable: " + e.getMessage());
        }
        keys.clear();
        return problems;
    }

    // one request per thousand keys; "deleted": false only means it was not there
    private static boolean deleteMany(ApiClient api, String table, List<ItemKey> chunk) {
        ArrayNode ids = JsonCodec.array();
        chunk.forEach(k -> {
            if (k.sortName() == null) {
                ids.add(k.partitionValue());
            } else {
                ObjectNode key = ids.addObject();
                key.put(k.partitionName(), k.partitionValue());
                key.put(k.sortName(), k.sortValue());
            }
        });
        ObjectNode body = JsonCodec.object();
        body.set("ids", ids);
        ApiReply reply = api.send(ApiCall.post("/" + PathEncoding.encode(table) + "/delete", body));
        return reply.status() == 200 && reply.json() != null && reply.json().path("results").isArray();
    }

    // the fallback when the batch route fails: one DELETE per key
    private static void deleteOne(ApiClient api, ItemKey key, List<String> problems) {
        ApiReply reply = api.send(ApiCall.delete(key.path()));
        if (reply.status() != 200 && reply.status() != 404) problems.add(key.path() + " " + reply.describe());
    }
}

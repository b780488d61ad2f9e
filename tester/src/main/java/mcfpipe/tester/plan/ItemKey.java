package mcfpipe.tester.plan;

import mcfpipe.tester.http.PathEncoding;

/** The key of one item: table, partition key, and for tables with one, the sort key. */
public record ItemKey(String table, String partitionName, String partitionValue, String sortName, String sortValue) {
    public String path() {
        String path = "/" + PathEncoding.encode(table) + "/" + PathEncoding.encode(partitionValue);
        return sortName == null ? path : path + "?" + PathEncoding.encode(sortName) + "=" + PathEncoding.encode(sortValue);
    }
}

package mcfpipe.jobpipe.etl;

/**
 * What one run did with one source table.
 *
 * @param scanned   items the DynamoDB scan returned (every item: DynamoDB cannot scan by last change)
 * @param upserted  items written into the SQLite copy: all of them on a full build, only those changed
 *                  since the watermark on an incremental run
 * @param deleted   rows removed from the copy because their item is gone from DynamoDB
 * @param watermark the newest {@code last_modified} the next run needs to read from; null if the table is empty
 */
public record SyncStats(String table, long scanned, long upserted, long deleted, String watermark) {
    @Override
    public String toString() {
        return table + " " + scanned + " scanned/" + upserted + " upserted/" + deleted + " deleted";
    }
}

package mcfpipe.storage.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mcfpipe.storage.validate.UnknownTableException;
import org.junit.jupiter.api.Test;

/** The real data model: the tables, keys and indexes DESIGN.md asks for. */
class SchemaLoadTest {
    private final Schema schema = Schema.loadDefault();

    @Test
    void packagedSchemaEqualsTheFileAtTheModuleRoot() {
        Schema fromFile = Schema.load(Path.of("db_schema.json"));
        assertEquals(names(fromFile), names(schema));
        assertSame(schema, Schema.loadDefault());
    }

    @Test
    void hasEveryTableOfTheDesign() {
        assertEquals(List.of("job", "job_search", "user", "user_config", "role", "track", "search_config", "keyword",
                "track_score", "crm_status", "apply_status"), names(schema));
    }

    @Test
    void keysAreNamedAfterTheirEntity() {
        assertEquals("job_id", schema.table("job").primaryKey());
        assertEquals("job_s_id", schema.table("job_search").primaryKey());
        assertEquals("user_id", schema.table("user").primaryKey());
        assertEquals("track_id", schema.table("search_config").primaryKey());
        assertEquals("job_s_id", schema.table("track_score").primaryKey());
        assertEquals(Optional.of("track_id"), schema.table("track_score").sortKey());
        assertEquals(Optional.empty(), schema.table("job").sortKey());
    }

    @Test
    void everyTableHasServerSetTimestamps() {
        for (TableDef t : schema.tables()) {
            assertEquals(DateFormat.ISO_TIMESTAMP, t.column("created").dateFormat(), t.name());
            assertEquals(DateFormat.ISO_TIMESTAMP, t.column("last_modified").dateFormat(), t.name());
        }
    }

    @Test
    void jobRequiresItsCoreColumnsOnly() {
        TableDef job = schema.table("job");
        List<String> required = job.clientColumns().stream().filter(c -> !c.nullable()).map(ColumnDef::name).toList();
        assertEquals(List.of("job_id", "position", "posted_date", "status"), required);
        assertEquals(DataType.NUMBER, job.column("status").type());
        assertEquals(DataType.STRING_LIST, job.column("skills").type());
        assertEquals(DateFormat.ISO_DATE, job.column("posted_date").dateFormat());
        assertNull(job.column("position").dateFormat());
    }

    @Test
    void columnsKeepFileOrder() {
        List<String> columns = List.copyOf(schema.table("user").columns().keySet());
        assertEquals(List.of("user_id", "name", "email", "created", "last_modified"), columns);
    }

    @Test
    void jobsByPostedDateAndByMcfRef() {
        assertIndex("job", "posted_date", null);
        assertIndex("job", "mcf_ref", null);
    }

    @Test
    void jobSearchByUserSortedByFoundAtAndByJob() {
        assertIndex("job_search", "user_id", "found_at");
        assertIndex("job_search", "job_id", null);
    }

    @Test
    void tracksByUserScoresByTrackCrmByStatus() {
        assertIndex("track", "user_id", null);
        assertIndex("track_score", "track_id", null);
        assertIndex("crm_status", "status", null);
    }

    @Test
    void crmStagesAreTheDesignOnes() {
        assertEquals(List.of("OPEN", "SCREENED", "TOAPPLY", "APPLIED", "INTERVIEW", "OFFER", "CLOSED", "EXPIRED", "REJECTED"),
                schema.table("crm_status").allowedValues().get("status"));
        assertEquals(List.of("OPEN", "SUCCESS", "FAILED"), schema.table("apply_status").allowedValues().get("status"));
    }

    @Test
    void unknownTableIsNamedInTheError() {
        UnknownTableException e = assertThrows(UnknownTableException.class, () -> schema.table("foo"));
        assertEquals("table 'foo' does not exist", e.getMessage());
        assertEquals("unknown_table", e.code());
        assertEquals(404, e.httpStatus());
        assertFalse(schema.findTable("foo").isPresent());
    }

    @Test
    void findsAnIndexByName() {
        IndexDef index = schema.table("job").index("mcf_ref-index").orElseThrow();
        assertEquals("mcf_ref", index.partitionKey());
        assertEquals("ALL", index.projection());
        assertTrue(schema.table("job").index("nope").isEmpty());
    }

    /** An index on the table with this partition key (and sort key, when given) exists. */
    private void assertIndex(String table, String partitionKey, String sortKey) {
        boolean found = schema.table(table).indexes().stream().anyMatch(i -> i.partitionKey().equals(partitionKey)
                && (sortKey == null || i.sortKey().equals(Optional.of(sortKey))));
        assertTrue(found, table + " needs an index on " + partitionKey + (sortKey == null ? "" : " sorted by " + sortKey));
    }

    private static List<String> names(Schema s) {
        return s.tables().stream().map(TableDef::name).toList();
    }
}

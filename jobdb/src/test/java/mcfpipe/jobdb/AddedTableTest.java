package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import mcfpipe.standins.RepoRoot;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * A table added to {@code db_schema.json} is served by the API with no code change: its routes, its validation
 * and its secondary index all come from the file.
 */
class AddedTableTest {

    @Test
    void aTableAddedToTheSchemaIsServedValidatedAndSearchable() throws Exception {
        ObjectNode file = (ObjectNode) Json.mapper().readTree(RepoRoot.find().resolve("storage/db_schema.json").toFile());
        ((ArrayNode) file.path("tables"))
                .add(Json.mapper().readTree(RepoRoot.find().resolve("storage/testdata/interview_note.table.json").toFile()));
        Schema schema = Schema.load(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(file)), "extended schema");

        try (ApiRig api = ApiRig.start("added", schema)) {
            JsonNode tables = api.get("/").body().path("tables");
            assertTrue(tables.toString().contains("\"interview_note\""), tables.toString());

            ApiRig.Answer created = api.post("/interview_note",
                    "{\"note_id\": \"n1\", \"job_s_id\": \"js1\", \"interview_date\": \"2026-04-20\"}");
            assertEquals(201, created.status(), created.toString());
            JsonNode read = api.get("/interview_note/n1").body();
            assertEquals("2026-04-20", read.path("interview_date").asText());
            assertEquals("js1", read.path("job_s_id").asText());

            ApiRig.Answer badDate = api.post("/interview_note",
                    "{\"note_id\": \"n2\", \"job_s_id\": \"js1\", \"interview_date\": \"20 Apr 2026\"}");
            assertEquals(400, badDate.status(), badDate.toString());
            assertEquals("interview_date", badDate.body().path("error").path("field").asText());

            ApiRig.Answer missing = api.post("/interview_note", "{\"note_id\": \"n3\"}");
            assertEquals(400, missing.status(), missing.toString());
            assertEquals("job_s_id", missing.body().path("error").path("field").asText());

            JsonNode found = api.get("/interview_note/search?job_s_id=js1").body();
            assertEquals(1, found.path("items").size(), found.toString());
            assertEquals("n1", found.path("items").path(0).path("note_id").asText());
        }
    }
}

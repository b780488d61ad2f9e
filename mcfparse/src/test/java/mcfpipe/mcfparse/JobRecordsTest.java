package mcfpipe.mcfparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import mcfpipe.mcfparse.parse.Fixtures;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.JobPageParser;
import mcfpipe.mcfparse.parse.JobPost;
import mcfpipe.mcfparse.parse.SearchPage;
import mcfpipe.mcfparse.parse.SearchPageParser;
import mcfpipe.standins.RepoRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JobRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode jobTable;
    private static SearchPage search;
    private static JobPost post;

    @BeforeAll
    static void load() throws IOException {
        JsonNode schema = JSON.readTree(RepoRoot.find().resolve("storage/db_schema.json").toFile());
        for (JsonNode t : schema.get("tables")) {
            if (t.get("table_name").asText().equals("job")) jobTable = t;
        }
        assertNotNull(jobTable, "storage/db_schema.json has no job table");
        search = SearchPageParser.parse(Fixtures.bytes(Fixtures.SEARCH_PAGE), null, Fixtures.FETCHED_AT, null);
        post = JobPageParser.parse(Fixtures.bytes(Fixtures.JOB_PAGE), null, Fixtures.FETCHED_AT);
    }

    @Test
    void cardRow() {
        String expected = "{\"job_id\":\"334ea95e6652a13c132865a87e998aac\","
                + "\"url\":\"https://www.mycareersfuture.gov.sg/job/design/senior-optics-engineer-mit-semiconductor-334ea95e6652a13c132865a87e998aac\","
                + "\"position\":\"Senior Optics Engineer\",\"company_name\":\"MIT SEMICONDUCTOR PTE. LTD.\",\"location\":\"North\","
                + "\"employment_types\":[\"Full Time\"],\"seniority\":\"Professional\",\"categories\":[\"Design\"],"
                + "\"min_experience_years\":5,\"salary_min\":4000,\"salary_max\":5800,\"salary_period\":\"Monthly\","
                + "\"posted_date\":\"2026-03-30\",\"applications\":4,\"status\":0}";
        assertEquals(expected, JobRecords.of(search.cards().get(2)).toString());
    }

    @Test
    void jobPageRow() {
        ObjectNode row = JobRecords.of(post);
        assertEquals("5624187c437fddd00296eecc783ed4cd", row.get("job_id").asText());
        assertEquals("MCF-2026-0521403", row.get("mcf_ref").asText());
        assertEquals("Engineer", row.get("position").asText());
        assertEquals("LDRM ENTERPRISES PTE. LTD.", row.get("company_name").asText());
        assertEquals("Islandwide", row.get("location").asText());
        assertEquals("[\"Full Time\"]", row.get("employment_types").toString());
        assertEquals("Executive", row.get("seniority").asText());
        assertEquals("[\"Building and Construction\"]", row.get("categories").toString());
        assertEquals(3, row.get("min_experience_years").intValue());
        assertEquals(new BigDecimal("3700"), row.get("salary_min").decimalValue());
        assertEquals("5400", row.get("salary_max").toString());
        assertEquals("Monthly", row.get("salary_period").asText());
        assertEquals("2026-03-27", row.get("posted_date").asText());
        assertEquals("2026-04-17", row.get("closing_date").asText());
        assertEquals(3, row.get("applications").intValue());
        assertEquals(post.description(), row.get("description").asText());
        assertEquals(10, row.get("skills").size());
        assertEquals("Excellent Communication Skills", row.get("skills").get(0).asText());
        assertEquals(1, row.get("status").intValue());
        assertFalse(row.has("url"));
        assertEquals(18, row.size()); // every job column but url, created and last_modified
    }

    @Test
    void salariesAreExactDecimalNodes() {
        JobCard c = new JobCard("0123456789abcdef0123456789abcdef", null, "Tutor", null, null, List.of(), null, null, null,
                new BigDecimal("12.50"), null, "Hourly", "Above $12.50", "Posted today", LocalDate.of(2026, 4, 15), null, false, 0);
        ObjectNode row = JobRecords.of(c);
        assertTrue(row.get("salary_min").isBigDecimal());
        assertEquals("12.50", row.get("salary_min").decimalValue().toPlainString());
        assertFalse(row.has("salary_max"));
        assertEquals("{\"job_id\":\"0123456789abcdef0123456789abcdef\",\"position\":\"Tutor\",\"salary_min\":12.50,"
                + "\"salary_period\":\"Hourly\",\"posted_date\":\"2026-04-15\",\"status\":0}", row.toString());
    }

    @Test
    void everyRowFitsTheJobTableOfTheSchema() {
        Map<String, JsonNode> columns = new HashMap<>();
        for (JsonNode c : jobTable.get("columns")) columns.put(c.get("column_name").asText(), c);
        List<ObjectNode> rows = new java.util.ArrayList<>();
        search.cards().forEach(c -> rows.add(JobRecords.of(c)));
        rows.add(JobRecords.of(post));
        for (ObjectNode row : rows) {
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode column = columns.get(field.getKey());
                assertNotNull(column, "not a job column: " + field.getKey());
                assertTypeFits(column, field.getValue(), field.getKey());
            }
            for (JsonNode column : columns.values()) {
                String name = column.get("column_name").asText();
                boolean serverSet = name.equals("created") || name.equals("last_modified");
                if (!column.get("nullable").asBoolean() && !serverSet) assertTrue(row.has(name), "required " + name + " missing in " + row);
            }
        }
    }

    private static void assertTypeFits(JsonNode column, JsonNode value, String name) {
        switch (column.get("data_type").asText()) {
            case "String" -> {
                assertTrue(value.isTextual() && !value.asText().isBlank(), name);
                if (column.has("date_format")) assertTrue(value.asText().matches("\\d{4}-\\d{2}-\\d{2}"), name + " " + value);
            }
            case "Number" -> assertTrue(value.isNumber() && !value.isFloatingPointNumber() || value.isBigDecimal(), name);
            case "StringList" -> {
                assertTrue(value.isArray() && value.size() > 0, name);
                value.forEach(v -> assertTrue(v.isTextual(), name));
            }
            default -> throw new AssertionError("unexpected type for " + name);
        }
    }
}

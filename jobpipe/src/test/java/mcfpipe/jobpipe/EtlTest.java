package mcfpipe.jobpipe;

import static mcfpipe.jobpipe.Rows.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import mcfpipe.jobpipe.etl.Etl;
import mcfpipe.jobpipe.etl.EtlOptions;
import mcfpipe.jobpipe.etl.EtlResult;
import mcfpipe.jobpipe.etl.SyncStats;
import mcfpipe.mcfparse.JobRecords;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ETL against a real dynalite holding the recorded jobs, with the SQLite file read back over JDBC. */
class EtlTest {
    private static final Instant SEEDED = Instant.parse("2026-04-15T06:00:00Z");
    private static final String SITE = DemoScores.SITE;
    private static final String DEVOPS = DemoScores.DEVOPS;
    /** A job that is not on the recorded page, put together from real parts of it (title of card 7, company of 4, salary of 13). */
    private static final String NEW_JOB = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private static LocalDynamo dynamo;

    @TempDir
    Path dir;
    private MutableClock clock;
    private TableStore store;
    private Path file;

    @BeforeAll
    static void startDynalite() {
        dynamo = new LocalDynamo();
    }

    @AfterAll
    static void stopDynalite() {
        dynamo.close();
    }

    @BeforeEach
    void seed() {
        clock = new MutableClock(SEEDED);
        store = dynamo.newStore(clock);
        DemoScores.writeAll(store);
        file = dir.resolve("mcfpipe.sqlite");
        clock.advance(Duration.ofMinutes(10));
    }

    private EtlResult etl(boolean rebuild) {
        return new Etl(store, clock, EtlOptions.DEFAULTS).run(file, rebuild);
    }

    @Test
    void fullBuildDenormalisesTheRecordedJobs() {
        EtlResult result = etl(false);

        assertEquals(EtlResult.Mode.FULL, result.mode());
        assertEquals("no earlier file", result.reason());
        assertEquals(List.of(new SyncStats("job", 22, 22, 0, "2026-04-15 06:00"),
                new SyncStats("job_search", 22, 22, 0, "2026-04-15 06:00"),
                new SyncStats("track", 2, 2, 0, "2026-04-15 06:00"),
                new SyncStats("track_score", 25, 25, 0, "2026-04-15 06:00"),
                new SyncStats("crm_status", 7, 7, 0, "2026-04-15 06:00"),
                new SyncStats("search_config", 1, 1, 0, "2026-04-15 06:00")), result.tables());

        assertEquals(22L, Rows.single(file, "SELECT count(*) FROM jobs"));
        String resident = RecordedJobs.card(11).uuid();
        assertEquals(List.of(row("demo#" + resident, "demo", resident, null,
                "https://www.mycareersfuture.gov.sg/job/building-construction/resident-engineer-ronnie-koh-consultants-" + resident,
                "Resident Engineer", "RONNIE & KOH CONSULTANTS PTE. LTD.", "North", "Senior Executive",
                "Building and Construction", "Full Time", null, 6000, 8000, "Monthly", 6000.0, 8000.0, "2026-04-06", "2026-W15",
                null, 9, 0, "engineer", "2026-04-15 05:41", SITE, "Site & project engineer", 0.95, "keywords-v1",
                "{\"title\":\"resident engineer\",\"tags\":{\"resident engineer\":0.9},\"kw\":{\"hit\":[\"construction\"],\"of\":5},"
                        + "\"salary\":{\"monthly\":7000,\"pct\":0.77},\"screen\":\"pass\"}",
                1, "OFFER", "2026-04-15 06:00")),
                Rows.query(file, "SELECT * FROM jobs WHERE job_id = '" + resident + "'"));

        // the track of a row: assigned by hand (card 10), else the best score (card 5 is best on DevOps), else the top score
        assertEquals(List.of(
                        row(RecordedJobs.card(5).uuid(), DEVOPS, "DevOps engineer", 0.88, 1, "OPEN"),
                        row(RecordedJobs.card(10).uuid(), DEVOPS, "DevOps engineer", null, null, "OPEN"),
                        row(RecordedJobs.card(19).uuid(), SITE, "Site & project engineer", 0.55, 1, "OPEN")),
                Rows.query(file, "SELECT job_id, track_id, track_name, score, best, stage FROM jobs WHERE job_id IN ('"
                        + RecordedJobs.card(5).uuid() + "', '" + RecordedJobs.card(10).uuid() + "', '"
                        + RecordedJobs.card(19).uuid() + "') ORDER BY track_id, job_id"));

        assertEquals(List.of(
                        row("2026-W13", "2026-03-23", 1),
                        row("2026-W14", "2026-03-30", 3),
                        row("2026-W15", "2026-04-06", 6),
                        row("2026-W16", "2026-04-13", 12)),
                Rows.query(file, "SELECT * FROM posts_by_week ORDER BY week"));

        assertEquals(List.of(
                        row(DEVOPS, "DevOps engineer", "OPEN", 2),
                        row(SITE, "Site & project engineer", "OPEN", 13),
                        row(SITE, "Site & project engineer", "SCREENED", 3),
                        row(SITE, "Site & project engineer", "TOAPPLY", 1),
                        row(SITE, "Site & project engineer", "APPLIED", 1),
                        row(SITE, "Site & project engineer", "INTERVIEW", 1),
                        row(SITE, "Site & project engineer", "OFFER", 1)),
                Rows.query(file, "SELECT * FROM jobs_by_stage ORDER BY rowid"));

        assertEquals(List.of(
                        row(DEVOPS, "DevOps engineer", 2, 0, 0, 0, 0, null, null, null),
                        row(SITE, "Site & project engineer", 20, 7, 3, 2, 1, 0.4286, 0.6667, 0.5)),
                Rows.query(file, "SELECT * FROM funnel ORDER BY track_id"));

        assertEquals(List.of(
                        row("Admin / Secretarial", 1, 1, 1800.0, 2575.0, 3350.0),
                        row("Building and Construction", 5, 5, 3500.0, 7000.0, 10500.0),
                        row("Design", 1, 1, 4000.0, 4900.0, 5800.0),
                        row("Engineering", 12, 12, 2200.0, 3300.0, 12000.0),
                        row("Hospitality", 1, 1, 2300.0, 2400.0, 2500.0),
                        row("Information Technology", 1, 1, 5000.0, 5650.0, 6300.0),
                        row("Repair and Maintenance", 1, 1, 2500.0, 2750.0, 3000.0)),
                Rows.query(file, "SELECT * FROM salary_by_category ORDER BY category"));

        assertEquals(List.of(0L, 0L, 3L, 5L, 4L, 3L, 1L, 2L, 2L, 2L), bins(SITE));
        assertEquals(List.of(0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L), bins(DEVOPS));

        assertEquals(cardIds(11, 4, 13, 7, 0, 18, 9, 12, 19, 6, 10, 14, 16, 2, 15, 21, 1, 3, 17, 20, 5, 8), topJobs(SITE));
        assertEquals(cardIds(5, 19, 2), topJobs(DEVOPS));

        assertEquals(List.of(
                        row("last_run_mode", "FULL"),
                        row("report_date", "2026-04-15"),
                        row("watermark.crm_status", "2026-04-15 06:00"),
                        row("watermark.job", "2026-04-15 06:00")),
                Rows.query(file, "SELECT name, value FROM meta WHERE name IN ('last_run_mode', 'report_date', "
                        + "'watermark.job', 'watermark.crm_status') ORDER BY name"));
    }

    @Test
    void incrementalRunUpsertsOnlyWhatChangedAndDropsWhatWasDeleted() throws Exception {
        etl(false);
        // A row the incremental run must not touch: it did not change in DynamoDB.
        sql("UPDATE job SET position = 'left alone' WHERE job_id = '" + RecordedJobs.card(8).uuid() + "'");

        clock.advance(Duration.ofMinutes(50));
        store.put("crm_status", DemoScores.stage(0, "APPLIED"));
        store.put("crm_status", DemoScores.stage(1, "REJECTED"));
        store.put("track_score", DemoScores.score(3, SITE, 0.99, List.of("engineer"), true));
        store.put("job", newJob());
        RecordedJobs.writeJobSearch(store, newCard(), null);
        store.delete("track_score", ItemKey.of(RecordedJobs.jobSearchId(20), SITE));
        store.delete("job_search", ItemKey.of(RecordedJobs.jobSearchId(20)));
        clock.advance(Duration.ofMinutes(10));

        EtlResult result = etl(false);

        assertEquals(EtlResult.Mode.INCREMENTAL, result.mode());
        assertEquals(List.of(new SyncStats("job", 23, 1, 0, "2026-04-15 07:00"),
                new SyncStats("job_search", 22, 1, 1, "2026-04-15 07:00"),
                new SyncStats("track", 2, 0, 0, "2026-04-15 06:00"),
                new SyncStats("track_score", 24, 1, 1, "2026-04-15 07:00"),
                new SyncStats("crm_status", 8, 2, 0, "2026-04-15 07:00"),
                new SyncStats("search_config", 1, 0, 0, "2026-04-15 06:00")), result.tables());
        assertEquals("left alone", Rows.single(file, "SELECT position FROM job WHERE job_id = '" + RecordedJobs.card(8).uuid() + "'"));

        assertEquals(List.of(
                        row(null, "(no track)", 1, 0, 0, 0, 0, null, null, null),
                        row(DEVOPS, "DevOps engineer", 2, 0, 0, 0, 0, null, null, null),
                        row(SITE, "Site & project engineer", 19, 8, 4, 2, 1, 0.5, 0.5, 0.5)),
                Rows.query(file, "SELECT * FROM funnel ORDER BY track_id"));
        List<String> top = topJobs(SITE);
        assertEquals(RecordedJobs.card(3).uuid(), top.get(0), "the raised score leads");
        assertEquals(20, top.size(), "the rejected lead and the deleted one are gone");
        assertEquals(List.of(row("2026-W16", "2026-04-13", 13)), Rows.query(file, "SELECT * FROM posts_by_week WHERE week = '2026-W16'"));
        assertEquals(22L, Rows.single(file, "SELECT count(*) FROM jobs"));

        clock.advance(Duration.ofHours(1));
        EtlResult quiet = etl(false);
        assertEquals(0, quiet.upserted(), "nothing changed since: " + quiet.tables());
        assertEquals(0, quiet.tables().stream().mapToLong(SyncStats::deleted).sum());
    }

    @Test
    void rebuildReadsEverythingAgain() throws Exception {
        etl(false);
        sql("UPDATE job SET position = 'stale' WHERE job_id = '" + RecordedJobs.card(11).uuid() + "'");
        sql("INSERT INTO job (job_id, position, posted_date, status, created, last_modified) "
                + "VALUES ('gone', 'Deleted long ago', '2026-01-05', 0, '2026-01-05 00:00', '2026-01-05 00:00')");
        clock.advance(Duration.ofHours(1));

        EtlResult rebuilt = etl(true);

        assertEquals(EtlResult.Mode.FULL, rebuilt.mode());
        assertEquals("rebuild asked for", rebuilt.reason());
        assertEquals(rebuilt.scanned(), rebuilt.upserted());
        assertEquals("Resident Engineer", Rows.single(file, "SELECT position FROM job WHERE job_id = '" + RecordedJobs.card(11).uuid() + "'"));
        assertEquals(22L, Rows.single(file, "SELECT count(*) FROM job"));
        assertEquals(List.of(row("2026-W13", "2026-03-23", 1)), Rows.query(file, "SELECT * FROM posts_by_week ORDER BY week LIMIT 1"));
    }

    @Test
    void aFileBuiltUnderAnotherSchemaIsRebuilt() throws Exception {
        etl(false);
        sql("UPDATE meta SET value = 'an older layout' WHERE name = 'schema_fingerprint'");

        EtlResult result = etl(false);

        assertEquals(EtlResult.Mode.FULL, result.mode());
        assertEquals("earlier file was built under another schema", result.reason());
    }

    @Test
    void aFailedRunLeavesTheEarlierFileAsItWas() throws Exception {
        etl(false);
        byte[] before = Files.readAllBytes(file);
        TableStore missingTables = new TableStore(dynamo.client, store.schema(), "no_such_prefix_", clock);

        assertThrows(RuntimeException.class, () -> new Etl(missingTables, clock, EtlOptions.DEFAULTS).run(file, false));

        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    private List<Long> bins(String track) {
        return Rows.query(file, "SELECT jobs FROM score_bins WHERE track_id = '" + track + "' ORDER BY bin").stream()
                .map(r -> (Long) r.get(0)).toList();
    }

    private List<String> topJobs(String track) {
        return Rows.query(file, "SELECT job_id FROM top_jobs WHERE track_id = '" + track + "' ORDER BY rank").stream()
                .map(r -> (String) r.get(0)).toList();
    }

    private static List<String> cardIds(int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(i -> RecordedJobs.card(i).uuid()).toList();
    }

    private void sql(String statement) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static mcfpipe.mcfparse.parse.JobCard newCard() {
        mcfpipe.mcfparse.parse.JobCard title = RecordedJobs.card(7);
        mcfpipe.mcfparse.parse.JobCard company = RecordedJobs.card(4);
        mcfpipe.mcfparse.parse.JobCard salary = RecordedJobs.card(13);
        return new mcfpipe.mcfparse.parse.JobCard(NEW_JOB, "https://www.mycareersfuture.gov.sg/job/engineering/bms-project-engineer-" + NEW_JOB,
                title.title(), company.company(), company.location(), title.employmentTypes(), title.seniority(), title.category(),
                null, salary.salaryMin(), salary.salaryMax(), salary.salaryPeriod(), salary.salaryText(), "Posted today",
                java.time.LocalDate.parse("2026-04-15"), 0, false, 22);
    }

    private static ObjectNode newJob() {
        ObjectNode job = JobRecords.of(newCard());
        assertEquals(0, job.get("salary_min").decimalValue().compareTo(new BigDecimal(6000)));
        return job;
    }
}

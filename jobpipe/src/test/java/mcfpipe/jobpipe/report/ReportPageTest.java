package mcfpipe.jobpipe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import mcfpipe.jobpipe.report.ReportData.CategorySalary;
import mcfpipe.jobpipe.report.ReportData.Funnel;
import mcfpipe.jobpipe.report.ReportData.StageCount;
import mcfpipe.jobpipe.report.ReportData.TopJob;
import mcfpipe.jobpipe.report.ReportData.Totals;
import mcfpipe.jobpipe.report.ReportData.TrackReport;
import mcfpipe.jobpipe.report.ReportData.WeekPosts;
import org.junit.jupiter.api.Test;

/** The page as text: what it must never contain, whatever the data holds. */
class ReportPageTest {
    private static ReportData data(TopJob job) {
        TrackReport track = new TrackReport("t1", "Data <b>engineer</b>", "u1", new Funnel(1, 0, 0, 0, 0, null, null, null),
                List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L), List.of(new StageCount("OPEN", 1)), List.of(job));
        return new ReportData("2026-04-15", "2026-04-15 06:10", new Totals(1, 1, 1, 0, 0, 0, 0),
                List.of(new WeekPosts("2026-W16", "2026-04-13", 1)), List.of(track),
                List.of(new CategorySalary("Engineering", 1, 1, 3000.0, 3500.0, 4000.0)));
    }

    private static TopJob job(String position, String url, String evidence) {
        return new TopJob(1, "u1#j1", "j1", position, url, "ACME & SONS", new BigDecimal("3000"), new BigDecimal("4000"), "Monthly",
                "2026-04-14", "2026-04-01", 0.7, "keywords-v1", evidence, "OPEN");
    }

    @Test
    void textFromTheDataIsEscaped() {
        String html = ReportPage.render(data(job("<script>alert(1)</script>", "https://www.mycareersfuture.gov.sg/job/x",
                "{\"note\":\"\\\"><img src=x onerror=alert(1)>\"}")));
        assertFalse(html.contains("<script"), "no script tag, from the data or otherwise");
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("Data &lt;b&gt;engineer&lt;/b&gt;"));
        assertTrue(html.contains("ACME &amp; SONS"));
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertTrue(ReportPage.render(data(job("Engineer", "https://www.mycareersfuture.gov.sg/job/x", null)))
                .contains("<a href=\"https://www.mycareersfuture.gov.sg/job/x\" target=\"_blank\" rel=\"noopener\">Engineer</a>"));
        String hostile = ReportPage.render(data(job("Engineer", "javascript:alert(1)", null)));
        assertFalse(hostile.contains("javascript:"));
        assertTrue(hostile.contains("<td class=\"pos\">Engineer</td>"));
    }

    @Test
    void theChartsAndTheRowsCarryTestIds() {
        String html = ReportPage.render(data(job("Engineer", null, null)));
        for (String id : List.of("chart-posts-per-week", "chart-scores-t1", "chart-funnel-t1", "top-job-row", "salary-row", "kpi-posts")) {
            assertTrue(html.contains("data-testid=\"" + id + "\""), id);
        }
        assertEquals(1, html.split("class=\"closed\"", -1).length - 1, "a job past its closing date is marked closed");
    }

    @Test
    void aReportWithoutScoresSaysWhatToDo() {
        ReportData empty = new ReportData("2026-04-15", null, new Totals(0, 0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of());
        String html = ReportPage.render(empty);
        assertTrue(html.contains("data-testid=\"no-tracks\""));
        assertTrue(html.contains("./mcfpipe match"));
        assertTrue(html.contains("no data yet"), "an empty chart says so");
    }
}

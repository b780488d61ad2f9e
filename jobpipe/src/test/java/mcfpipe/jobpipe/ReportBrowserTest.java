package mcfpipe.jobpipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mcfpipe.jobpipe.etl.Etl;
import mcfpipe.jobpipe.etl.EtlOptions;
import mcfpipe.jobpipe.report.ReportDataLoader;
import mcfpipe.jobpipe.report.ReportPage;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * report.html of the recorded jobs, opened from disk in real headless Chromium: the charts are SVGs with
 * their bars, the top-jobs rows are there with their links and evidence. With -Djobpipe.screenshot=FILE the
 * test also saves a full-page PNG of the page (that is how docs/report.png is made).
 */
class ReportBrowserTest {
    private static final int WIDTH = 1280;
    private static final String SITE = DemoScores.SITE;

    @TempDir
    static Path dir;
    private static Path page;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildTheReportAndOpenIt() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-04-15T06:00:00Z"));
        try (LocalDynamo dynamo = new LocalDynamo()) {
            TableStore store = dynamo.newStore(clock);
            DemoScores.writeAll(store);
            clock.advance(Duration.ofMinutes(10));
            Path sqlite = dir.resolve("mcfpipe.sqlite");
            new Etl(store, clock, EtlOptions.DEFAULTS).run(sqlite, false);
            page = dir.resolve("report.html");
            Files.writeString(page, ReportPage.render(ReportDataLoader.load(sqlite)));
        }
        browser = Chromium.start(WIDTH, 900);
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void postsPerWeekIsABarChartOfTheRecordedWeeks() {
        WebElement chart = testId("chart-posts-per-week");
        assertEquals("svg", chart.getTagName());
        assertTrue(chart.getSize().getHeight() > 100, "the chart is drawn at a readable size");
        assertEquals(List.of("1", "3", "6", "12"), values(chart));
        assertEquals(List.of("W13", "W14", "W15", "W16"), chart.findElements(By.cssSelector("rect.bar")).stream()
                .map(b -> b.getAttribute("data-label")).toList());
    }

    @Test
    void eachTrackHasAScoreHistogramAndAFunnel() {
        WebElement histogram = testId("chart-scores-" + SITE);
        assertEquals(List.of("0", "0", "3", "5", "4", "3", "1", "2", "2", "2"), values(histogram));
        WebElement tallest = histogram.findElements(By.cssSelector("rect.bar")).get(3);
        assertTrue(tallest.getSize().getHeight() > 50, "bars have height on the page, not just in the markup");

        WebElement funnel = testId("chart-funnel-" + SITE);
        assertEquals(List.of("20", "7", "3", "2", "1"), values(funnel));
        assertEquals(List.of("43%", "67%", "50%"), funnel.findElements(By.cssSelector("text.conversion")).stream()
                .map(WebElement::getText).toList());

        assertEquals(List.of("0", "1", "0", "1", "0", "0", "0", "0", "1", "0"), values(testId("chart-scores-" + DemoScores.DEVOPS)));
    }

    @Test
    void theTopJobsTableListsAllTwentyTwoRecordedJobsWithLinksAndEvidence() {
        List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-testid='top-job-row'][data-track-id='" + SITE + "']"));
        assertEquals(22, rows.size());
        assertTrue(rows.stream().allMatch(WebElement::isDisplayed));

        WebElement first = rows.get(0);
        assertEquals(RecordedJobs.card(11).uuid(), first.getAttribute("data-job-id"));
        List<String> cells = first.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals("1", cells.get(0));
        assertEquals("Resident Engineer offer", cells.get(1));
        assertEquals("RONNIE & KOH CONSULTANTS PTE. LTD.", cells.get(2));
        assertEquals("$6,000 – $8,000 /mo", cells.get(3));
        assertEquals("6 Apr 2026", cells.get(4));
        assertEquals("0.95\nkeywords-v1", cells.get(5));
        assertEquals(List.of("title: resident engineer", "keywords: construction", "salary: $7,000/mo (p77)"),
                first.findElements(By.cssSelector("td.evidence .chip")).stream().map(WebElement::getText).toList());
        WebElement link = first.findElement(By.cssSelector("td.pos a"));
        assertEquals(RecordedJobs.card(11).url(), link.getAttribute("href"));

        List<String> positions = rows.stream().map(r -> r.findElement(By.cssSelector("td.pos a")).getText()).toList();
        for (var card : RecordedJobs.cards()) {
            assertTrue(positions.stream().anyMatch(p -> p.startsWith(card.title())), "row for " + card.title());
        }
    }

    @Test
    void headlineNumbersAndSalariesAreShown() {
        assertEquals("JOB POSTS\n22", testId("kpi-posts").getText());
        assertEquals("INTERVIEWS\n2", testId("kpi-interviews").getText());
        assertEquals(7, browser.findElements(By.cssSelector("[data-testid='salary-row']")).size());
    }

    @Test
    void thePageNeedsNothingFromTheNetwork() {
        Object external = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertEquals(List.of(), external, "no stylesheet, script, font or image is loaded from anywhere");
        assertEquals(0, browser.findElements(By.tagName("script")).size());
    }

    @Test
    void screenshotWhenAsked() throws Exception {
        String target = System.getProperty("jobpipe.screenshot");
        if (target == null || target.isBlank()) return; // only when making docs/report.png
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(WIDTH, (int) height));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path out = Path.of(target).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.write(out, png);
        browser.manage().window().setSize(new Dimension(WIDTH, 900));
    }

    private static WebElement testId(String id) {
        return browser.findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    private static List<String> values(WebElement chart) {
        return chart.findElements(By.cssSelector("rect.bar")).stream().map(b -> b.getAttribute("data-value")).toList();
    }
}

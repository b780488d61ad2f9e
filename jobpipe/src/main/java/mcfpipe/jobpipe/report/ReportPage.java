package mcfpipe.jobpipe.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mcfpipe.jobpipe.report.ReportData.StageCount;
import mcfpipe.jobpipe.report.ReportData.Totals;
import mcfpipe.jobpipe.report.ReportData.TrackReport;
import mcfpipe.jobpipe.report.ReportData.WeekPosts;

/**
 * report.html: one self-contained page (inline CSS and SVG, no scripts, fonts or network) that shows the
 * headline numbers, posts per week, and per track its score histogram, funnel and top jobs today, then
 * salaries by category. Elements carry {@code data-testid}s so a browser test can find them.
 */
public final class ReportPage {
    private static final String CSS = stylesheet();

    private ReportPage() {}

    public static String render(ReportData data) {
        StringBuilder html = new StringBuilder(64 * 1024);
        String day = data.reportDate() == null ? "" : Formats.day(data.reportDate());
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>mcfpipe report · ").append(Html.escape(day)).append("</title><style>").append(CSS)
                .append("</style></head><body>");
        html.append("<header class=\"top\"><div class=\"wrap\"><div class=\"brand\">mcfpipe</div>")
                .append("<h1>Job search report</h1><p>").append(Html.escape(day));
        if (data.lastRunAt() != null) html.append(" · data as of ").append(Html.escape(data.lastRunAt())).append(" UTC");
        html.append("</p></div></header><main class=\"wrap\">");
        html.append(kpis(data.totals()));
        html.append(postsPerWeek(data.weeks()));
        if (data.tracks().isEmpty()) {
            html.append("<section class=\"card\" data-testid=\"no-tracks\"><h2>No scores yet</h2><p class=\"sub\">")
                    .append("No search track has scored jobs yet. Run the recommender (<code>./mcfpipe match</code>), ")
                    .append("then the report again.</p></section>");
        }
        for (TrackReport t : data.tracks()) html.append(track(t, data.reportDate()));
        html.append("<section class=\"card\"><h2>Salary by category</h2><p class=\"sub\">Monthly SGD of every job post, ")
                .append("the categories with the most jobs first. Lowest and highest are range ends; the median (dot) is of ")
                .append("each job's mid-point. Hourly and daily pay are left out.</p>")
                .append(new SalaryTable(data.salaries()).render()).append("</section>");
        html.append("<footer>Made by mcfpipe's jobpipe from DynamoDB. The same data, for your own queries: ")
                .append("<code>reports/mcfpipe.sqlite</code>.</footer>");
        return html.append("</main></body></html>\n").toString();
    }

    private static String kpis(Totals t) {
        List<String[]> tiles = List.of(
                new String[] {"Job posts", Formats.count(t.posts()), "kpi-posts"},
                new String[] {"Leads", Formats.count(t.leads()), "kpi-leads"},
                new String[] {"Scores", Formats.count(t.scored()), "kpi-scored"},
                new String[] {"Applied", Formats.count(t.applied()), "kpi-applied"},
                new String[] {"Interviews", Formats.count(t.interviews()), "kpi-interviews"},
                new String[] {"Offers", Formats.count(t.offers()), "kpi-offers"});
        StringBuilder html = new StringBuilder("<section class=\"kpis\">");
        for (String[] tile : tiles) {
            html.append("<div class=\"kpi\" data-testid=\"").append(tile[2]).append("\"><div class=\"label\">").append(tile[0])
                    .append("</div><div class=\"value\">").append(tile[1]).append("</div></div>");
        }
        return html.append("</section>").toString();
    }

    private static String postsPerWeek(List<WeekPosts> weeks) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (WeekPosts w : weeks) {
            String shortWeek = w.week().contains("-") ? w.week().substring(w.week().indexOf('-') + 1) : w.week();
            bars.add(new BarChart.Bar(shortWeek, w.posts(), w.week() + " (from " + Formats.day(w.weekStart()) + "): "
                    + Formats.count(w.posts()) + " posts"));
        }
        int every = (int) Math.ceil(bars.size() / 26.0);
        String range = weeks.isEmpty() ? "" : ", " + Formats.day(weeks.get(0).weekStart()) + " to the week of "
                + Formats.day(weeks.get(weeks.size() - 1).weekStart());
        return "<section class=\"card\"><h2>Job posts per week</h2><p class=\"sub\">By the week MCF says the job was posted"
                + Html.escape(range) + " (the latest " + ReportDataLoader.WEEKS_SHOWN + " weeks at most)</p>"
                + new BarChart("chart-posts-per-week", "Job posts per week", bars, every, 1100, 240).render() + "</section>";
    }

    private static String track(TrackReport t, String reportDate) {
        String slug = Html.slug(t.trackId());
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"card track\" id=\"track-").append(slug).append("\" data-testid=\"track-").append(slug)
                .append("\"><div class=\"track-head\"><h2>").append(Html.escape(t.name())).append("</h2>");
        if (t.userId() != null) html.append("<span class=\"user\">").append(Html.escape(t.userId())).append("</span>");
        html.append("<div class=\"stages\">");
        for (StageCount s : t.stages()) {
            html.append("<span class=\"stage stage-").append(Html.slug(s.stage())).append("\">")
                    .append(Html.escape(s.stage().toLowerCase(Locale.ROOT))).append(" <b>").append(Formats.count(s.jobs()))
                    .append("</b></span>");
        }
        html.append("</div></div><div class=\"grid2\"><div><h3>Score distribution</h3><p class=\"sub\">")
                .append(Formats.count(t.scored())).append(" jobs scored, in bins of 0.1</p>")
                .append(histogram(t)).append("</div><div><h3>Funnel</h3><p class=\"sub\">")
                .append("Leads at each step or beyond; conversion from the step above</p>")
                .append(new FunnelChart("chart-funnel-" + slug, t.funnel()).render()).append("</div></div>");
        html.append("<h3>Top jobs today</h3><p class=\"sub\">The highest scores among leads still open, best first</p>")
                .append(new TopJobsTable(t, reportDate).render());
        return html.append("</section>").toString();
    }

    private static String histogram(TrackReport t) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < t.scoreBins().size(); i++) {
            String from = String.format(Locale.ROOT, "%.1f", i / 10.0);
            String to = String.format(Locale.ROOT, "%.1f", (i + 1) / 10.0);
            long n = t.scoreBins().get(i);
            bars.add(new BarChart.Bar(from, n, "score " + from + "–" + to + ": " + Formats.count(n) + " jobs"));
        }
        return new BarChart("chart-scores-" + Html.slug(t.trackId()), "Score distribution", bars, 1, BarChart.HALF_WIDTH,
                BarChart.HALF_HEIGHT).render();
    }

    private static String stylesheet() {
        try (InputStream in = ReportPage.class.getResourceAsStream("report.css")) {
            if (in == null) throw new IllegalStateException("report.css is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}

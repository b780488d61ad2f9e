package mcfpipe.jobpipe.report;

import java.util.List;
import mcfpipe.jobpipe.report.ReportData.TopJob;
import mcfpipe.jobpipe.report.ReportData.TrackReport;

/** A track's top jobs as an HTML table: position linked to MCF, company, salary, posted date, score, evidence. */
final class TopJobsTable {
    private final TrackReport track;
    private final String reportDate;

    TopJobsTable(TrackReport track, String reportDate) {
        this.track = track;
        this.reportDate = reportDate;
    }

    String render() {
        if (track.topJobs().isEmpty()) {
            return "<p class=\"empty-note\">No open lead is scored for this track yet.</p>";
        }
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"jobs\" data-testid=\"top-jobs-").append(Html.slug(track.trackId())).append("\">")
                .append("<colgroup><col class=\"c-rank\"><col class=\"c-pos\"><col class=\"c-company\"><col class=\"c-salary\">")
                .append("<col class=\"c-posted\"><col class=\"c-score\"><col class=\"c-evidence\"></colgroup>")
                .append("<thead><tr><th class=\"num\">#</th><th>Position</th><th>Company</th><th>Salary</th>")
                .append("<th>Posted</th><th>Score</th><th>Why it matched</th></tr></thead><tbody>");
        for (TopJob job : track.topJobs()) html.append(row(job));
        return html.append("</tbody></table>").toString();
    }

    private String row(TopJob job) {
        StringBuilder tr = new StringBuilder();
        tr.append("<tr data-testid=\"top-job-row\" data-track-id=\"").append(Html.escape(track.trackId()))
                .append("\" data-job-id=\"").append(Html.escape(job.jobId())).append("\">");
        tr.append("<td class=\"num\">").append(job.rank()).append("</td>");
        tr.append("<td class=\"pos\">").append(position(job));
        if (!"OPEN".equals(job.stage())) tr.append(" <span class=\"stage stage-").append(Html.slug(job.stage())).append("\">")
                .append(Html.escape(job.stage().toLowerCase(java.util.Locale.ROOT))).append("</span>");
        tr.append("</td>");
        tr.append("<td class=\"company\">").append(Html.escape(job.company())).append("</td>");
        tr.append("<td class=\"salary\">").append(Html.escape(Formats.salary(job.salaryMin(), job.salaryMax(), job.salaryPeriod())))
                .append("</td>");
        tr.append("<td class=\"posted\">").append(Html.escape(Formats.day(job.postedDate())));
        if (job.closingDate() != null && reportDate != null && job.closingDate().compareTo(reportDate) < 0) {
            tr.append("<div class=\"closed\" title=\"closing date ").append(Html.escape(Formats.day(job.closingDate())))
                    .append("\">closed</div>");
        }
        tr.append("</td>");
        tr.append("<td class=\"score\"><div class=\"meter\"><span style=\"width:")
                .append(Math.round(Math.max(0, Math.min(1, job.score())) * 100)).append("%\"></span></div><b>")
                .append(Formats.score(job.score())).append("</b>");
        if (job.method() != null) tr.append("<div class=\"method\">").append(Html.escape(job.method())).append("</div>");
        tr.append("</td>");
        tr.append("<td class=\"evidence\" title=\"").append(Html.escape(job.evidence())).append("\">");
        List<String> items = EvidenceSummary.items(job.evidence());
        for (String item : items) tr.append("<span class=\"chip\">").append(Html.escape(item)).append("</span>");
        return tr.append("</td></tr>").toString();
    }

    private static String position(TopJob job) {
        String title = Html.escape(job.position() == null ? "(untitled job)" : job.position());
        String url = Html.safeUrl(job.url());
        if (url == null) return title;
        return "<a href=\"" + Html.escape(url) + "\" target=\"_blank\" rel=\"noopener\">" + title + "</a>";
    }
}

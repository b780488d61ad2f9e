package mcfpipe.jobpipe.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.jobpipe.etl.EtlException;
import mcfpipe.jobpipe.etl.SqliteFile;
import mcfpipe.jobpipe.report.ReportData.CategorySalary;
import mcfpipe.jobpipe.report.ReportData.Funnel;
import mcfpipe.jobpipe.report.ReportData.StageCount;
import mcfpipe.jobpipe.report.ReportData.TopJob;
import mcfpipe.jobpipe.report.ReportData.Totals;
import mcfpipe.jobpipe.report.ReportData.TrackReport;
import mcfpipe.jobpipe.report.ReportData.WeekPosts;

/** Reads {@link ReportData} from the analysis file, so the page shows exactly what the file holds. */
public final class ReportDataLoader {
    private ReportDataLoader() {}

    /** Weeks of posts the chart shows: half a year reads well; the file keeps them all. */
    static final int WEEKS_SHOWN = 26;

    public static ReportData load(Path file) {
        try (Connection db = SqliteFile.openReadOnly(file)) {
            return new ReportData(meta(db, "report_date"), meta(db, "last_run_at"), totals(db), weeks(db), tracks(db),
                    salaries(db));
        } catch (SQLException e) {
            throw new EtlException("cannot read the analysis file " + file + " for the report: " + e.getMessage(), e);
        }
    }

    private static String meta(Connection db, String name) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static Totals totals(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT (SELECT count(*) FROM job), (SELECT count(*) FROM jobs), (SELECT count(*) FROM track_score),
                       (SELECT count(*) FROM jobs WHERE score IS NULL),
                       (SELECT coalesce(sum(applied), 0) FROM funnel), (SELECT coalesce(sum(interview), 0) FROM funnel),
                       (SELECT coalesce(sum(offer), 0) FROM funnel)""")) {
            r.next();
            return new Totals(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7));
        }
    }

    private static List<WeekPosts> weeks(Connection db) throws SQLException {
        List<WeekPosts> weeks = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT week, week_start, posts FROM (SELECT * FROM posts_by_week ORDER BY week DESC LIMIT " + WEEKS_SHOWN
                        + ") ORDER BY week")) {
            while (r.next()) weeks.add(new WeekPosts(r.getString(1), r.getString(2), r.getLong(3)));
        }
        return weeks;
    }

    private static List<TrackReport> tracks(Connection db) throws SQLException {
        List<TrackReport> tracks = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                WITH ids AS (SELECT track_id FROM score_bins UNION SELECT track_id FROM funnel WHERE track_id IS NOT NULL)
                SELECT ids.track_id, coalesce(t.name, f.track_name, ids.track_id), t.user_id
                FROM ids LEFT JOIN track t ON t.track_id = ids.track_id LEFT JOIN funnel f ON f.track_id = ids.track_id
                ORDER BY (SELECT sum(jobs) FROM score_bins b WHERE b.track_id = ids.track_id) DESC, 2, 1""")) {
            while (r.next()) {
                String id = r.getString(1);
                tracks.add(new TrackReport(id, r.getString(2), r.getString(3), funnel(db, id), bins(db, id), stages(db, id),
                        topJobs(db, id)));
            }
        }
        return tracks;
    }

    private static Funnel funnel(Connection db, String trackId) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("""
                SELECT leads, screened, applied, interview, offer, screened_to_applied, applied_to_interview,
                       interview_to_offer FROM funnel WHERE track_id = ?""")) {
            p.setString(1, trackId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return Funnel.EMPTY;
                return new Funnel(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        nullableDouble(r, 6), nullableDouble(r, 7), nullableDouble(r, 8));
            }
        }
    }

    private static List<Long> bins(Connection db, String trackId) throws SQLException {
        Long[] bins = {0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L};
        try (PreparedStatement p = db.prepareStatement("SELECT bin, jobs FROM score_bins WHERE track_id = ?")) {
            p.setString(1, trackId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) bins[r.getInt(1)] = r.getLong(2);
            }
        }
        return List.of(bins);
    }

    private static List<StageCount> stages(Connection db, String trackId) throws SQLException {
        List<StageCount> stages = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT stage, jobs FROM jobs_by_stage WHERE track_id = ? ORDER BY rowid")) {
            p.setString(1, trackId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) stages.add(new StageCount(r.getString(1), r.getLong(2)));
            }
        }
        return stages;
    }

    private static List<TopJob> topJobs(Connection db, String trackId) throws SQLException {
        List<TopJob> jobs = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("""
                SELECT rank, job_s_id, job_id, position, url, company_name, salary_min, salary_max, salary_period,
                       posted_date, closing_date, score, method, evidence, stage
                FROM top_jobs WHERE track_id = ? ORDER BY rank""")) {
            p.setString(1, trackId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    jobs.add(new TopJob(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), decimal(r, 7), decimal(r, 8), r.getString(9), r.getString(10), r.getString(11),
                            r.getDouble(12), r.getString(13), r.getString(14), r.getString(15)));
                }
            }
        }
        return jobs;
    }

    private static List<CategorySalary> salaries(Connection db) throws SQLException {
        List<CategorySalary> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT category, jobs, jobs_with_salary, min_monthly, median_monthly, max_monthly
                FROM salary_by_category ORDER BY jobs DESC, category""")) {
            while (r.next()) {
                rows.add(new CategorySalary(r.getString(1), r.getLong(2), r.getLong(3), nullableDouble(r, 4),
                        nullableDouble(r, 5), nullableDouble(r, 6)));
            }
        }
        return rows;
    }

    private static Double nullableDouble(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    private static BigDecimal decimal(ResultSet r, int column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : new BigDecimal(v);
    }
}

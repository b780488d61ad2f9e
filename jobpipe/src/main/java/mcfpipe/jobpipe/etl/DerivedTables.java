package mcfpipe.jobpipe.etl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The analysis tables, recomputed from the mirror tables on every run. They are plain tables rather than
 * views so that any sqlite3, however old, opens them (ISO weeks and window functions are evaluated here, by
 * the driver's recent SQLite), and recomputing them from the local copy takes seconds even at 100,000 jobs.
 */
final class DerivedTables {
    /** One analysis table: its DDL and the statement that fills it. */
    record Derived(String name, String create, String fill) {}

    static final List<String> NAMES = List.of("jobs", "posts_by_week", "jobs_by_stage", "funnel", "salary_by_category",
            "score_bins", "top_jobs");

    private final int topJobsPerTrack;

    DerivedTables(int topJobsPerTrack) {
        this.topJobsPerTrack = topJobsPerTrack;
    }

    void rebuild(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (Derived d : all()) {
                s.execute("DROP TABLE IF EXISTS " + d.name());
                s.execute(d.create());
                s.execute(d.fill());
            }
        }
    }

    List<Derived> all() {
        return List.of(jobs(), postsByWeek(), jobsByStage(), funnel(), salaryByCategory(), scoreBins(), topJobs());
    }

    /**
     * One row per job_search row. Its track is the one job_search assigns, else the score marked best, else the
     * highest score; the score, method and evidence are that track's.
     */
    private static Derived jobs() {
        return new Derived("jobs", """
                CREATE TABLE jobs (
                  job_s_id TEXT PRIMARY KEY,
                  user_id TEXT NOT NULL,
                  job_id TEXT NOT NULL,
                  mcf_ref TEXT,
                  url TEXT,
                  position TEXT,
                  company_name TEXT,
                  location TEXT,
                  seniority TEXT,
                  categories TEXT,
                  employment_types TEXT,
                  min_experience_years INTEGER,
                  salary_min NUMERIC,
                  salary_max NUMERIC,
                  salary_period TEXT,
                  salary_monthly_min REAL,
                  salary_monthly_max REAL,
                  posted_date TEXT,
                  posted_week TEXT,
                  closing_date TEXT,
                  applications INTEGER,
                  job_status INTEGER,
                  search_keywords TEXT,
                  found_at TEXT,
                  track_id TEXT,
                  track_name TEXT,
                  score REAL,
                  method TEXT,
                  evidence TEXT,
                  best INTEGER,
                  stage TEXT NOT NULL,
                  stage_changed TEXT
                )""", """
                WITH chosen AS (
                  SELECT ts.job_s_id, ts.track_id, ts.score, ts.method, ts.evidence, ts.best,
                         row_number() OVER (PARTITION BY ts.job_s_id
                           ORDER BY coalesce(ts.track_id = s.track_id, 0) DESC, coalesce(ts.best, 0) DESC,
                                    ts.score DESC, ts.track_id) AS pick
                  FROM track_score ts JOIN job_search s ON s.job_s_id = ts.job_s_id
                  WHERE s.track_id IS NULL OR ts.track_id = s.track_id)
                INSERT INTO jobs
                SELECT s.job_s_id, s.user_id, s.job_id, j.mcf_ref, j.url, j.position, j.company_name, j.location,
                       j.seniority,
                       (SELECT group_concat(value, ', ') FROM json_each(j.categories)),
                       (SELECT group_concat(value, ', ') FROM json_each(j.employment_types)),
                       j.min_experience_years, j.salary_min, j.salary_max, j.salary_period,
                       %s, %s,
                       j.posted_date, strftime('%%G-W%%V', j.posted_date), j.closing_date, j.applications, j.status,
                       s.search_keywords, s.found_at,
                       coalesce(s.track_id, c.track_id), t.name, c.score, c.method, c.evidence, c.best,
                       coalesce(cs.status, '%s'), cs.last_modified
                FROM job_search s
                LEFT JOIN job j ON j.job_id = s.job_id
                LEFT JOIN chosen c ON c.job_s_id = s.job_s_id AND c.pick = 1
                LEFT JOIN track t ON t.track_id = coalesce(s.track_id, c.track_id)
                LEFT JOIN crm_status cs ON cs.job_s_id = s.job_s_id""".formatted(
                MonthlySalary.of("j.salary_min", "j.salary_period"), MonthlySalary.of("j.salary_max", "j.salary_period"),
                Stages.DEFAULT));
    }

    /** Job posts (not users' rows) per ISO week of their posted date; weeks start on Monday. */
    private static Derived postsByWeek() {
        return new Derived("posts_by_week", """
                CREATE TABLE posts_by_week (
                  week TEXT PRIMARY KEY,
                  week_start TEXT NOT NULL,
                  posts INTEGER NOT NULL
                )""", """
                INSERT INTO posts_by_week
                SELECT strftime('%G-W%V', posted_date),
                       min(date(posted_date, '-' || ((CAST(strftime('%w', posted_date) AS INTEGER) + 6) % 7) || ' days')),
                       count(*)
                FROM job WHERE date(posted_date) IS NOT NULL
                GROUP BY 1 ORDER BY 1""");
    }

    private static Derived jobsByStage() {
        return new Derived("jobs_by_stage", """
                CREATE TABLE jobs_by_stage (
                  track_id TEXT,
                  track_name TEXT NOT NULL,
                  stage TEXT NOT NULL,
                  jobs INTEGER NOT NULL
                )""", """
                INSERT INTO jobs_by_stage
                SELECT track_id, coalesce(max(track_name), track_id, '(no track)'), stage, count(*)
                FROM jobs GROUP BY track_id, stage ORDER BY track_id, %s""".formatted(Stages.orderSql("stage")));
    }

    /** Leads per track at each funnel step (see {@link Stages}) and the conversion from one step to the next. */
    private static Derived funnel() {
        return new Derived("funnel", """
                CREATE TABLE funnel (
                  track_id TEXT,
                  track_name TEXT NOT NULL,
                  leads INTEGER NOT NULL,
                  screened INTEGER NOT NULL,
                  applied INTEGER NOT NULL,
                  interview INTEGER NOT NULL,
                  offer INTEGER NOT NULL,
                  screened_to_applied REAL,
                  applied_to_interview REAL,
                  interview_to_offer REAL
                )""", """
                WITH steps AS (
                  SELECT track_id, coalesce(max(track_name), track_id, '(no track)') AS track_name, count(*) AS leads,
                         sum(%1$s >= 1) AS screened, sum(%1$s >= 3) AS applied,
                         sum(%1$s >= 4) AS interview, sum(%1$s >= 5) AS offer
                  FROM jobs GROUP BY track_id)
                INSERT INTO funnel
                SELECT track_id, track_name, leads, screened, applied, interview, offer,
                       round(CAST(applied AS REAL) / nullif(screened, 0), 4),
                       round(CAST(interview AS REAL) / nullif(applied, 0), 4),
                       round(CAST(offer AS REAL) / nullif(interview, 0), 4)
                FROM steps ORDER BY track_id""".formatted(Stages.progressSql("stage")));
    }

    /**
     * Per category (a job with two categories counts in both): the jobs, how many state a monthly salary, the
     * lowest monthly minimum, the median of the jobs' mid-points (the middle of the range, or its one bound)
     * and the highest monthly maximum.
     */
    private static Derived salaryByCategory() {
        return new Derived("salary_by_category", """
                CREATE TABLE salary_by_category (
                  category TEXT PRIMARY KEY,
                  jobs INTEGER NOT NULL,
                  jobs_with_salary INTEGER NOT NULL,
                  min_monthly REAL,
                  median_monthly REAL,
                  max_monthly REAL
                )""", """
                WITH per_job AS (
                  SELECT c.value AS category, %s AS low, %s AS high
                  FROM job j, json_each(j.categories) c),
                mids AS (
                  SELECT category, coalesce(low, high) AS low, coalesce(high, low) AS high,
                         (coalesce(low, high) + coalesce(high, low)) / 2.0 AS mid
                  FROM per_job),
                ranked AS (
                  SELECT category, mid, row_number() OVER (PARTITION BY category ORDER BY mid) AS n,
                         count(*) OVER (PARTITION BY category) AS total
                  FROM mids WHERE mid IS NOT NULL),
                medians AS (
                  SELECT category, round(avg(mid), 2) AS median FROM ranked
                  WHERE n IN ((total + 1) / 2, (total + 2) / 2) GROUP BY category)
                INSERT INTO salary_by_category
                SELECT m.category, count(*), count(m.mid), min(m.low), md.median, max(m.high)
                FROM mids m LEFT JOIN medians md ON md.category = m.category
                GROUP BY m.category ORDER BY m.category""".formatted(
                MonthlySalary.of("j.salary_min", "j.salary_period"), MonthlySalary.of("j.salary_max", "j.salary_period")));
    }

    /** Every track's scores in ten bins of 0.1 (the last takes 1.0), empty bins included, for histograms. */
    private static Derived scoreBins() {
        return new Derived("score_bins", """
                CREATE TABLE score_bins (
                  track_id TEXT NOT NULL,
                  bin INTEGER NOT NULL,
                  score_from REAL NOT NULL,
                  score_to REAL NOT NULL,
                  jobs INTEGER NOT NULL,
                  PRIMARY KEY (track_id, bin)
                )""", """
                WITH RECURSIVE bins(bin) AS (SELECT 0 UNION ALL SELECT bin + 1 FROM bins WHERE bin < 9),
                counted AS (
                  SELECT track_id, min(max(CAST(score * 10 + 1e-9 AS INTEGER), 0), 9) AS bin, count(*) AS jobs
                  FROM track_score WHERE score IS NOT NULL GROUP BY 1, 2)
                INSERT INTO score_bins
                SELECT t.track_id, b.bin, b.bin / 10.0, (b.bin + 1) / 10.0, coalesce(c.jobs, 0)
                FROM (SELECT DISTINCT track_id FROM track_score) t CROSS JOIN bins b
                LEFT JOIN counted c ON c.track_id = t.track_id AND c.bin = b.bin
                ORDER BY t.track_id, b.bin""");
    }

    /**
     * The best-scored leads of each track that are still worth a look: not rejected, closed or expired in the
     * CRM, and not closed on MCF (job status 2).
     */
    private Derived topJobs() {
        return new Derived("top_jobs", """
                CREATE TABLE top_jobs (
                  track_id TEXT NOT NULL,
                  track_name TEXT,
                  rank INTEGER NOT NULL,
                  job_s_id TEXT NOT NULL,
                  user_id TEXT,
                  job_id TEXT,
                  position TEXT,
                  url TEXT,
                  company_name TEXT,
                  salary_min NUMERIC,
                  salary_max NUMERIC,
                  salary_period TEXT,
                  posted_date TEXT,
                  closing_date TEXT,
                  score REAL NOT NULL,
                  method TEXT,
                  evidence TEXT,
                  stage TEXT NOT NULL,
                  PRIMARY KEY (track_id, rank)
                )""", """
                WITH live AS (
                  SELECT ts.track_id, t.name AS track_name, ts.job_s_id, s.user_id, s.job_id, j.position, j.url,
                         j.company_name, j.salary_min, j.salary_max, j.salary_period, j.posted_date, j.closing_date,
                         ts.score, ts.method, ts.evidence, coalesce(cs.status, '%1$s') AS stage,
                         row_number() OVER (PARTITION BY ts.track_id
                           ORDER BY ts.score DESC, j.posted_date DESC, ts.job_s_id) AS rank
                  FROM track_score ts
                  JOIN job_search s ON s.job_s_id = ts.job_s_id
                  LEFT JOIN job j ON j.job_id = s.job_id
                  LEFT JOIN track t ON t.track_id = ts.track_id
                  LEFT JOIN crm_status cs ON cs.job_s_id = ts.job_s_id
                  WHERE ts.score IS NOT NULL AND coalesce(cs.status, '%1$s') NOT IN %2$s AND coalesce(j.status, 0) <> 2)
                INSERT INTO top_jobs
                SELECT track_id, track_name, rank, job_s_id, user_id, job_id, position, url, company_name, salary_min,
                       salary_max, salary_period, posted_date, closing_date, score, method, evidence, stage
                FROM live WHERE rank <= %3$d ORDER BY track_id, rank""".formatted(
                Stages.DEFAULT, Stages.finishedSql(), topJobsPerTrack));
    }
}

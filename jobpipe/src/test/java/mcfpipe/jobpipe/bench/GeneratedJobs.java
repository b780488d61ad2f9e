package mcfpipe.jobpipe.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.storage.Json;

/**
 * Synthetic but realistic rows for the scale run: each job takes its title, company, salary, category,
 * seniority and location from independently chosen cards of the recorded search page, so the values are
 * real MCF values in new combinations. Seeded, so every run makes the same data.
 */
final class GeneratedJobs {
    static final LocalDate NEWEST_POST = LocalDate.parse("2026-04-15");
    static final int WEEKS = 26;
    static final List<String> USERS = List.of("demo", "alex");
    static final List<String> TRACKS = List.of("bench-site-engineer", "bench-sales-engineer", "bench-devops");
    private static final List<String> STAGES = List.of("SCREENED", "SCREENED", "SCREENED", "TOAPPLY", "APPLIED", "APPLIED",
            "INTERVIEW", "OFFER", "REJECTED", "EXPIRED");

    private final List<JobCard> cards;

    GeneratedJobs(List<JobCard> cards) {
        this.cards = cards;
    }

    static String jobId(int i) {
        return UUID.nameUUIDFromBytes(("bench-job-" + i).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    static String user(int i) {
        return USERS.get(i % 10 < 7 ? 0 : 1);
    }

    /** demo has two tracks, alex one. */
    static String track(int i) {
        return user(i).equals("demo") ? TRACKS.get(i % 2) : TRACKS.get(2);
    }

    static String jobSearchId(int i) {
        return user(i) + "#" + jobId(i);
    }

    ObjectNode job(int i) {
        Random r = new Random(i * 31L + 7);
        JobCard title = pick(r), company = pick(r), salary = pick(r), category = pick(r), seniority = pick(r), place = pick(r);
        ObjectNode job = Json.object();
        job.put("job_id", jobId(i));
        job.put("url", "https://www.mycareersfuture.gov.sg/job/engineering/" + slug(title.title()) + "-" + jobId(i));
        job.put("position", title.title());
        job.put("company_name", company.company());
        if (place.location() != null) job.put("location", place.location());
        ArrayNode types = job.putArray("employment_types");
        place.employmentTypes().forEach(types::add);
        if (seniority.seniority() != null) job.put("seniority", seniority.seniority());
        job.putArray("categories").add(category.category());
        if (salary.salaryMin() != null) job.put("salary_min", salary.salaryMin());
        if (salary.salaryMax() != null) job.put("salary_max", salary.salaryMax());
        if (salary.salaryPeriod() != null) job.put("salary_period", salary.salaryPeriod());
        job.put("posted_date", NEWEST_POST.minusDays(r.nextInt(WEEKS * 7)).toString());
        job.put("applications", r.nextInt(60));
        job.put("status", 0);
        return job;
    }

    ObjectNode jobSearch(int i) {
        ObjectNode row = Json.object();
        row.put("job_s_id", jobSearchId(i));
        row.put("user_id", user(i));
        row.put("job_id", jobId(i));
        row.put("search_keywords", "engineer");
        row.put("search_page", (i / 20) % 50);
        row.put("search_rank", i % 20);
        row.put("found_at", "2026-04-15 05:41");
        return row;
    }

    ObjectNode score(int i, double bump) {
        Random r = new Random(i * 17L + 3);
        double score = Math.min(1, Math.round((0.15 + 0.8 * Math.pow(r.nextDouble(), 1.6) + bump) * 10_000) / 10_000.0);
        JobCard title = cards.get(new Random(i * 31L + 7).nextInt(cards.size()));
        ObjectNode row = Json.object();
        row.put("job_s_id", jobSearchId(i));
        row.put("track_id", track(i));
        row.put("user_id", user(i));
        row.put("job_id", jobId(i));
        row.put("score", BigDecimal.valueOf(score));
        row.put("method", "bench.v1");
        ObjectNode evidence = Json.object();
        evidence.putObject("tags").put(title.title().toLowerCase(Locale.ROOT), 0.8);
        evidence.putObject("kw").putArray("hit").add("construction").add("autocad");
        evidence.putObject("salary").put("monthly", 4200).put("pct", 0.55);
        evidence.put("screen", "pass");
        row.put("evidence", evidence.toString());
        row.put("best", true);
        return row;
    }

    /** One lead in five has moved along the funnel. */
    boolean hasStage(int i) {
        return i % 5 == 0;
    }

    ObjectNode stage(int i, String stage) {
        ObjectNode row = Json.object();
        row.put("job_s_id", jobSearchId(i));
        row.put("status", stage != null ? stage : STAGES.get((i / 5) % STAGES.size()));
        row.put("user_id", user(i));
        row.put("track_id", track(i));
        return row;
    }

    ObjectNode track(String id) {
        ObjectNode t = Json.object();
        t.put("track_id", id);
        t.put("user_id", id.equals("bench-devops") ? "alex" : "demo");
        t.put("name", switch (id) {
            case "bench-site-engineer" -> "Site engineer";
            case "bench-sales-engineer" -> "Sales engineer";
            default -> "DevOps engineer";
        });
        t.put("active", true);
        return t;
    }

    private JobCard pick(Random r) {
        return cards.get(r.nextInt(cards.size()));
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

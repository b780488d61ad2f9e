package mcfpipe.tester.plan;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Ids unique to one run, so runs against a shared (deployed) database never collide: every key starts with
 * the run id, and dates meant to be unique are drawn from a range real jobs never use.
 */
public final class RunIds {
    private static final LocalDate FIRST_DAY = LocalDate.of(1901, 1, 1);
    private static final int DAYS = 60_000; // about 164 years, all before any real job post

    private final String runId;
    private final LocalDate baseDate;

    private RunIds(String runId, LocalDate baseDate) {
        this.runId = runId;
        this.baseDate = baseDate;
    }

    public static RunIds fresh() {
        SecureRandom random = new SecureRandom();
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String suffix = String.format("%06x", random.nextInt(1 << 24));
        // leave room after the base for the dates the cases ask for
        return new RunIds("tester-" + stamp + "-" + suffix, FIRST_DAY.plusDays(random.nextInt(DAYS - 1000)));
    }

    public String runId() {
        return runId;
    }

    /** A key for this run: run id, then the tag (usually the case number and a letter). */
    public String id(String tag) {
        return runId + "-" + tag;
    }

    /** An ISO date that no other run (nor any real job) is likely to use; distinct for distinct n. */
    public String uniqueDate(int n) {
        return baseDate.plusDays(n).toString();
    }
}

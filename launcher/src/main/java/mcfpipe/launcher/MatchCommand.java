package mcfpipe.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mcfpipe.jobmatch.DemoSeed;
import mcfpipe.jobmatch.MatchRun;
import mcfpipe.jobmatch.TrackMatch;
import mcfpipe.jobmatch.UserMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./mcfpipe match}: the recommender over the local data, the same code as the Lambda. One line per track
 * with its counts and top jobs, then a summary line.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Score the stored jobs for each track, assign each job its best track, move those that pass the screen to SCREENED.")
final class MatchCommand implements Callable<Integer> {
    @Option(names = "--user", paramLabel = "ID", description = "Only this user (default: every user).")
    String user;

    @Option(names = "--today", paramLabel = "DATE",
            description = "Screen as of this Singapore date, e.g. 2026-04-15 for the recorded pages (default: today).")
    String today;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        Clock clock;
        try {
            clock = today == null ? Clock.systemUTC()
                    : Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(MatchRun.SINGAPORE).toInstant(), MatchRun.SINGAPORE);
        } catch (DateTimeParseException e) {
            System.err.println("mcfpipe: --today '" + today + "' is not a date such as 2026-04-15");
            return 2;
        }
        if (user != null && user.isBlank()) {
            System.err.println("mcfpipe: --user must not be empty");
            return 2;
        }
        Progress progress = new Progress(System.err);
        progress.begin("standins", "starting local DynamoDB, SQS and S3 (data in " + data.path() + ")");
        try (LocalCloud cloud = LocalCloud.start(data.path(), LocalRun.VISIBILITY_SECONDS)) {
            int seeded = DemoSeed.ensure(cloud.store);
            if (seeded > 0) progress.say("created " + seeded + " demo rows (user " + DemoSeed.USER_ID + ", track " + DemoSeed.TRACK_ID + ", keywords)");
            progress.begin("match", "scoring " + (user == null ? "every user's" : user + "'s") + " jobs");
            MatchRun run = new MatchRun(cloud.store, cloud.dynamoDb, clock);
            if (user != null && !run.userIds().contains(user)) {
                throw new IllegalArgumentException("no user '" + user + "' in the user table (users: " + String.join(", ", run.userIds())
                        + "); a run with --user " + user + " creates one");
            }
            List<UserMatch> matches = user == null ? run.matchAllUsers() : List.of(run.matchUser(user));
            progress.end();
            print(matches, System.out);
            if (today == null && matches.stream().flatMap(m -> m.tracks().stream())
                    .anyMatch(t -> t.failed().containsKey("posted over max age"))) {
                System.err.println("mcfpipe: the screen counts job ages from today, " + LocalDate.now(MatchRun.SINGAPORE)
                        + "; for recorded pages pass the day they were captured (--today 2026-04-15 for the shared recordings)");
            }
            progress.say("timings: " + progress.timings());
            return matches.stream().anyMatch(m -> m.scoreFailures() > 0) ? 1 : 0;
        }
    }

    /** "; failing it: 11 past closing date, 22 posted over max age" (a job may fail for several reasons). */
    private static String failures(TrackMatch t) {
        if (t.failed().isEmpty()) return "";
        StringBuilder s = new StringBuilder("; failing it:");
        t.failed().forEach((kind, n) -> s.append(' ').append(n).append(' ').append(kind).append(','));
        s.setLength(s.length() - 1);
        return s.toString();
    }

    static void print(List<UserMatch> matches, PrintStream out) {
        int jobs = 0, written = 0, unchanged = 0, reassigned = 0, screened = 0, kept = 0, missing = 0, tracks = 0;
        for (UserMatch m : matches) {
            if (m.tracks().isEmpty()) out.println(m.userId() + ": no active track, nothing scored");
            for (TrackMatch t : m.tracks()) {
                out.println(m.userId() + " / " + t.trackId() + " (" + t.name() + "): " + t.scored() + " scored, "
                        + t.best() + " best here, " + t.passed() + " pass the screen" + failures(t));
                for (TrackMatch.Ranked r : t.top()) {
                    out.println(String.format(Locale.ROOT, "  %.4f  %s%s", r.score(), r.title(), r.company() == null ? "" : "  (" + r.company() + ")"));
                }
            }
            tracks += m.tracks().size();
            jobs += m.jobs();
            written += m.scoresWritten();
            unchanged += m.scoresUnchanged();
            reassigned += m.reassigned();
            screened += m.screened();
            kept += m.stageKept();
            missing += m.missingJobs();
        }
        out.println("match: users=" + matches.size() + " tracks=" + tracks + " jobs=" + jobs + " scores_written=" + written
                + " scores_unchanged=" + unchanged + " tracks_set=" + reassigned + " screened=" + screened
                + " stages_kept=" + kept + " missing_jobs=" + missing);
    }
}

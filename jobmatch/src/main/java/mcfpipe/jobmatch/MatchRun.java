package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.jobmatch.score.JobResult;
import mcfpipe.jobmatch.score.Libraries;
import mcfpipe.jobmatch.score.Recommender;
import mcfpipe.jobmatch.score.Screen;
import mcfpipe.jobmatch.score.TrackContext;
import mcfpipe.jobmatch.score.TrackScore;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One recommender run over the tables: for a user, read the tracks (with search configs), the keyword libraries
 * and the user's jobs; score every job for every track; write track_score rows, set each job_search row's best
 * track, and move jobs that pass their best track's screen to SCREENED. Idempotent: a second run over the same
 * data and day changes no item.
 */
public final class MatchRun {
    /** MCF posts and closes jobs by the Singapore calendar. */
    public static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");
    /** How many jobs a track's ranking in the report holds. */
    public static final int TOP = 5;

    private final TableStore store;
    private final DynamoDbClient dynamoDb;
    private final Clock clock;

    /**
     * @param dynamoDb the client behind {@code store}, for batch reads of jobs (the store reads one item at a time)
     * @param clock    "today" for the screens is this clock's date in Singapore
     */
    public MatchRun(TableStore store, DynamoDbClient dynamoDb, Clock clock) {
        this.store = store;
        this.dynamoDb = dynamoDb;
        this.clock = clock;
    }

    public UserMatch matchUser(String userId) {
        return matchUser(userId, LibraryReader.read(store));
    }

    /** Every user in the user table, in id order. */
    public List<UserMatch> matchAllUsers() {
        Libraries libraries = LibraryReader.read(store);
        List<UserMatch> out = new ArrayList<>();
        for (String userId : userIds()) out.add(matchUser(userId, libraries));
        return out;
    }

    /** The ids of the user table; a full read, as listing every user is. */
    public List<String> userIds() {
        List<String> ids = new ArrayList<>();
        for (ObjectNode user : Queries.scanAll(store, "user")) ids.add(user.get("user_id").asText());
        ids.sort(null);
        return ids;
    }

    private UserMatch matchUser(String userId, Libraries libraries) {
        List<TrackContext> tracks = TrackReader.read(store, userId, libraries);
        UserJobs jobs = UserJobs.load(store, dynamoDb, userId);
        LocalDate today = LocalDate.now(clock.withZone(SINGAPORE));
        List<JobResult> results = new Recommender(libraries).recommend(jobs.jobs(), tracks, today);
        ScoreWriter.Outcome scores = new ScoreWriter(store).write(tracks, results);
        int reassigned = new TrackAssigner(store).assign(results, jobs.searchRows());
        CrmScreener.Outcome crm = new CrmScreener(store).screen(results);
        List<TrackMatch> perTrack = new ArrayList<>();
        for (int t = 0; t < tracks.size(); t++) perTrack.add(summary(tracks.get(t), t, results));
        return new UserMatch(userId, results.size(), jobs.missing(), perTrack, scores.written(), scores.unchanged(),
                scores.failed(), reassigned, crm.moved(), crm.kept());
    }

    private static TrackMatch summary(TrackContext track, int index, List<JobResult> results) {
        int best = 0;
        int passed = 0;
        Map<String, Integer> failed = new HashMap<>();
        List<TrackMatch.Ranked> ranked = new ArrayList<>(results.size());
        for (JobResult r : results) {
            TrackScore s = r.scores().get(index);
            ranked.add(new TrackMatch.Ranked(r.job().jobSearchId(), r.job().title(), r.job().company(), s.score().value()));
            if (r.best() == index) {
                best++;
                if (r.screened()) passed++;
                for (String reason : s.verdict().reasons()) failed.merge(Screen.kindOf(reason), 1, Integer::sum);
            }
        }
        ranked.sort(Comparator.comparingDouble(TrackMatch.Ranked::score).reversed()
                .thenComparing(TrackMatch.Ranked::jobSearchId));
        return new TrackMatch(track.trackId(), track.name(), results.size(), best, passed,
                ranked.subList(0, Math.min(TOP, ranked.size())), failed);
    }
}

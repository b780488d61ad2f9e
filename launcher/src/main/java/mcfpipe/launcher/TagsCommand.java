package mcfpipe.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mcfpipe.jobmatch.DemoSeed;
import mcfpipe.jobmatch.KeywordIds;
import mcfpipe.jobmatch.TagSuggestions;
import mcfpipe.jobmatch.score.TagMiner.TagCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./mcfpipe tags}: frequent title tags of a user's jobs that the title-tag library does not score yet. */
@Command(name = "tags", mixinStandardHelpOptions = true,
        description = "List frequent title bigrams of a user's jobs not yet in the title-tag library, with counts, to score them.")
final class TagsCommand implements Callable<Integer> {
    @Option(names = "--user", paramLabel = "ID", defaultValue = DemoSeed.USER_ID, description = "The user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2", description = "Least number of jobs a tag is seen in (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        if (minCount < 1) {
            System.err.println("mcfpipe: --min-count must be 1 or more, was " + minCount);
            return 2;
        }
        if (user.isBlank()) {
            System.err.println("mcfpipe: --user must not be empty");
            return 2;
        }
        try (LocalCloud cloud = LocalCloud.start(data.path(), LocalRun.VISIBILITY_SECONDS)) {
            DemoSeed.ensure(cloud.store);
            if (cloud.store.get("user", mcfpipe.storage.store.ItemKey.of(user)).isEmpty()) {
                throw new IllegalArgumentException("no user '" + user + "' in the user table; a run with --user " + user + " creates one");
            }
            List<TagCount> tags = new TagSuggestions(cloud.store, cloud.dynamoDb).forUser(user, minCount);
            System.out.println("new title tags of " + user + "'s jobs, seen in at least " + minCount + " job(s):");
            for (TagCount t : tags) System.out.printf("%6d  %s%n", t.count(), t.tag());
            System.out.println("tags: " + tags.size() + " new");
            if (!tags.isEmpty()) {
                String example = tags.get(0).tag();
                // the user's own track when they have one, so the example can be sent as it is
                List<com.fasterxml.jackson.databind.node.ObjectNode> tracks =
                        cloud.store.query("track", "user_id-index", user, null, 1, null).items();
                String track = tracks.isEmpty() ? "TRACK_ID" : tracks.get(0).path("track_id").asText();
                System.err.println("mcfpipe: to score one, add a keyword row, e.g. with ./mcfpipe serve: POST /keyword "
                        + "{\"keyword_id\":\"" + KeywordIds.of("title_tag", track, example) + "\",\"library\":\"title_tag\","
                        + "\"word\":\"" + example + "\",\"score\":0.5,\"track_id\":\"" + track + "\"}");
            }
            return 0;
        }
    }
}

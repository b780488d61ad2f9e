package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mcfpipe.jobmatch.score.JobRecord;
import mcfpipe.jobmatch.score.Libraries;
import mcfpipe.jobmatch.score.TagMiner;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Keeps the title-tag library alive: the frequent title tags of a user's jobs that neither the shared library nor
 * any of the user's tracks scores yet, with how many jobs carry each.
 */
public final class TagSuggestions {
    private final TableStore store;
    private final DynamoDbClient dynamoDb;

    public TagSuggestions(TableStore store, DynamoDbClient dynamoDb) {
        this.store = store;
        this.dynamoDb = dynamoDb;
    }

    public List<TagMiner.TagCount> forUser(String userId, int minCount) {
        Libraries libraries = LibraryReader.read(store);
        Set<String> known = new HashSet<>(libraries.sharedTags().keySet());
        for (ObjectNode track : Queries.all(store, "track", "user_id-index", userId)) {
            known.addAll(libraries.tagsFor(track.get("track_id").asText()).keySet());
        }
        List<String> titles = new ArrayList<>();
        for (JobRecord job : UserJobs.load(store, dynamoDb, userId).jobs()) titles.add(job.title());
        return new TagMiner(libraries).newTags(titles, known, minCount);
    }
}

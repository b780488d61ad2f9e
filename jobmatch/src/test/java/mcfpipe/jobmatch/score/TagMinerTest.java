package mcfpipe.jobmatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import mcfpipe.jobmatch.RecordedPages;
import mcfpipe.jobmatch.score.TagMiner.TagCount;
import org.junit.jupiter.api.Test;

/** New frequent title tags of the recorded search page. */
class TagMinerTest {
    private final TagMiner miner = new TagMiner(new TestLibraries().words("junk", "diploma", "welcome").words("stop", "cum").build());
    private final List<String> titles = RecordedPages.jobs().stream().map(JobRecord::title).toList();

    @Test
    void theMostFrequentTagsOfThePage() {
        assertEquals(List.of(new TagCount("assistant engineer", 4), new TagCount("engineer", 4), new TagCount("sales engineer", 4),
                new TagCount("resident engineer", 2)), miner.newTags(titles, Set.of(), 2));
    }

    @Test
    void tagsTheLibraryKnowsAreLeftOut() {
        Set<String> known = Set.of("engineer", "engineering", "assistant engineer", "associate engineer", "project engineer",
                "electrical engineer", "devops engineer", "optics engineer", "support engineer", "sales engineer", "inside sales");
        assertEquals(List.of(new TagCount("resident engineer", 2)), miner.newTags(titles, known, 2));
        assertEquals(List.of(new TagCount("resident engineer", 2), new TagCount("bms project", 1), new TagCount("engineer inside", 1),
                new TagCount("engineer lcyl", 1), new TagCount("engineer qs", 1), new TagCount("engineering support", 1),
                new TagCount("entry assistant", 1), new TagCount("fresh entry", 1), new TagCount("sales engineering", 1),
                new TagCount("senior optics", 1), new TagCount("technician", 1)), miner.newTags(titles, known, 1));
    }
}

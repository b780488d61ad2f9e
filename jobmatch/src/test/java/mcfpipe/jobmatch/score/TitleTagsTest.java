package mcfpipe.jobmatch.score;

import static mcfpipe.jobmatch.RecordedPages.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bigrams and tag scores of real titles. */
class TitleTagsTest {
    private final TitleCleaner cleaner = new TitleCleaner(new TestLibraries().words("junk", "diploma", "welcome").build());
    private final Map<String, Double> library = Map.of("assistant engineer", 0.8, "fresh entry", 0.1,
            "sales engineer", 0.3, "inside sales", -0.4, "engineer", 0.6, "project engineer", 0.8, "bms project", 0.5);

    private List<String> tags(int card) {
        return TitleTags.of(cleaner.words(title(card)));
    }

    @Test
    void bigramsOfTheDiplomaFreshEntryTitle() {
        assertEquals(List.of("fresh entry", "entry assistant", "assistant engineer"), tags(15));
        TitleTags.Match m = TitleTags.score(tags(15), library);
        assertEquals(Map.of("fresh entry", 0.1, "assistant engineer", 0.8), m.matched());
        assertEquals(List.of("fresh entry", "assistant engineer"), List.copyOf(m.matched().keySet()));
        assertEquals(0.9, m.sum(), 1e-12);
        assertEquals(0.9, m.part(), 1e-12);
    }

    @Test
    void aOneWordTitleIsItsOwnTag() {
        assertEquals("Engineer", title(0));
        assertEquals(List.of("engineer"), tags(0));
        assertEquals(0.6, TitleTags.score(tags(0), library).part());
        assertEquals(List.of("engineering"), tags(6));
        assertEquals(0.0, TitleTags.score(tags(6), library).part());
    }

    @Test
    void negativeTagsPullTheSumDownAndThePartStopsAtZero() {
        assertEquals(List.of("sales engineer", "engineer inside", "inside sales"), tags(1));
        TitleTags.Match m = TitleTags.score(tags(1), library);
        assertEquals(-0.1, m.sum(), 1e-12);
        assertEquals(0.0, m.part());
    }

    @Test
    void thePartStopsAtOne() {
        assertEquals(List.of("bms project", "project engineer"), tags(7));
        TitleTags.Match m = TitleTags.score(tags(7), library);
        assertEquals(1.3, m.sum(), 1e-12);
        assertEquals(1.0, m.part());
    }

    @Test
    void aTagRepeatedInOneTitleCountsOnce() {
        assertEquals(List.of("sales engineer", "engineer sales"), TitleTags.of(List.of("sales", "engineer", "sales", "engineer")));
        assertEquals(List.of(), TitleTags.of(List.of()));
    }
}

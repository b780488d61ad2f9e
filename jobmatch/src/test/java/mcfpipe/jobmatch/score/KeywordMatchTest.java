package mcfpipe.jobmatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import mcfpipe.jobmatch.RecordedPages;
import org.junit.jupiter.api.Test;

/** Stemmed keyword match in the description of the recorded job page. */
class KeywordMatchTest {
    private static final List<String> KEYWORDS = List.of("AutoCAD", "project management", "construction", "electrical",
            "maintenance", "design", "safety", "site supervision");

    @Test
    void stemsWithLucenesEnglishAnalyzer() {
        assertEquals(List.of("design", "develop", "test", "electr", "equip"),
                KeywordMatch.stems("Designing, developing, and testing electrical equipment"));
        assertEquals(List.of("engin", "engin"), KeywordMatch.stems("Engineering engineers"));
        assertEquals(List.of(), KeywordMatch.stems(null));
    }

    @Test
    void findsSixOfEightKeywordsInTheRecordedDescription() {
        String description = RecordedPages.jobPage().description();
        KeywordMatch.Result r = KeywordMatch.match(DescriptionStems.of(description), KeywordMatch.phrases(KEYWORDS));
        assertEquals(List.of("project management", "construction", "electrical", "maintenance", "design", "safety"), r.matched());
        assertEquals(8, r.of());
        assertEquals(0.75, r.part());
    }

    @Test
    void aPhraseMatchesOnlyAsConsecutiveStems() {
        DescriptionStems d = DescriptionStems.of("Technical project management skills; site visits and supervision of staff");
        List<KeywordMatch.Phrase> phrases = KeywordMatch.phrases(List.of("Project Management", "site supervision", "managing projects"));
        KeywordMatch.Result r = KeywordMatch.match(d, phrases);
        assertEquals(List.of("Project Management"), r.matched());
        assertEquals(3, r.of());
    }

    @Test
    void stopWordsBetweenPhraseWordsDoNotBreakAMatch() {
        DescriptionStems d = DescriptionStems.of("BE (Electrical & Electronics Engineering)");
        assertEquals(List.of("electrical and electronics"),
                KeywordMatch.match(d, KeywordMatch.phrases(List.of("electrical and electronics"))).matched());
    }

    @Test
    void keywordsOfStopWordsOnlyAreLeftOutAndNoKeywordsMeansNoMatch() {
        assertEquals(List.of(new KeywordMatch.Phrase("design", List.of("design"))), KeywordMatch.phrases(List.of("the", " ", "design")));
        assertNull(KeywordMatch.match(DescriptionStems.of("anything"), List.of()));
    }
}

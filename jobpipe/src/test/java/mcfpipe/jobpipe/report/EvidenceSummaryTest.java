package mcfpipe.jobpipe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence comes in whatever shape the scoring method chose; each shape reads as short items. */
class EvidenceSummaryTest {
    @Test
    void anObjectGivesOneItemPerNonEmptyField() {
        assertEquals(List.of("title words: engineer, resident", "category: Building and Construction", "salary fit: yes"),
                EvidenceSummary.items("{\"title_words\":[\"engineer\",\"resident\"],\"category\":\"Building and Construction\","
                        + "\"salary_fit\":true,\"skills\":[]}"));
    }

    @Test
    void theRecommendersMatchesArePickedOutByName() {
        String evidence = "{\"title\":\"fresh entry assistant engineer\",\"tags\":{\"assistant engineer\":0.8,\"engineer\":0.5},"
                + "\"tag_part\":0.8,\"rank\":{\"words\":{\"assistant\":1},\"title\":1,\"track\":1,\"factor\":1},"
                + "\"kw\":{\"hit\":[\"site\",\"bim\"],\"of\":8,\"part\":0.25},"
                + "\"salary\":{\"monthly\":2650,\"pct\":0.2045,\"of\":22,\"pool\":\"search\",\"factor\":0.8011},"
                + "\"screen\":{\"fail\":[\"score 0.1 below 0.4\"]}}";
        assertEquals(List.of("title: assistant engineer, engineer", "keywords: site, bim", "salary: $2,650/mo (p20)",
                "screen: score 0.1 below 0.4"), EvidenceSummary.items(evidence));
        assertEquals(List.of("salary: $4,000/mo"), EvidenceSummary.items(
                "{\"tags\":{},\"kw\":{\"skip\":\"no description\"},\"salary\":{\"monthly\":4000},\"screen\":\"pass\"}"));
    }

    @Test
    void nestedValuesAndNumbersAreFlattened() {
        assertEquals(List.of("weights: title 0.5, skills 0.25", "matched: aws"),
                EvidenceSummary.items("{\"weights\":{\"title\":0.50,\"skills\":0.25},\"matched\":[\"aws\"]}"));
    }

    @Test
    void anArrayGivesItsElementsAndPlainTextItself() {
        assertEquals(List.of("python", "sql"), EvidenceSummary.items("[\"python\", \"sql\", null]"));
        assertEquals(List.of("title says engineer"), EvidenceSummary.items("title says engineer"));
        assertEquals(List.of(), EvidenceSummary.items(null));
        assertEquals(List.of(), EvidenceSummary.items("  "));
    }

    @Test
    void longEvidenceIsCutToFourShortItems() {
        List<String> items = EvidenceSummary.items("{\"a\":\"" + "x".repeat(100) + "\",\"b\":1,\"c\":2,\"d\":3,\"e\":4}");
        assertEquals(4, items.size());
        assertEquals(EvidenceSummary.MAX_ITEM_LENGTH, items.get(0).length());
        assertEquals('…', items.get(0).charAt(items.get(0).length() - 1));
    }
}

package mcfpipe.jobmatch.score;

import static mcfpipe.jobmatch.RecordedPages.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seniority derank of real titles against a junior track (rank 1). */
class SeniorityRankTest {
    private final Libraries libraries = new TestLibraries().rank("fresh", 1).rank("entry", 1).rank("assistant", 1)
            .rank("junior", 1).rank("senior", 3).rank("manager", 4).rank("director", 5).words("junk", "diploma", "welcome").build();
    private final TitleCleaner cleaner = new TitleCleaner(libraries);
    private final SeniorityRank seniority = new SeniorityRank(libraries.ranks());

    private SeniorityRank.Result rank(int card, Double track) {
        return seniority.rank(cleaner.words(title(card)), track);
    }

    @Test
    void aSeniorTitleLosesAQuarterPerRankFromAJuniorTrack() {
        assertEquals("Senior Optics Engineer", title(2));
        SeniorityRank.Result r = rank(2, 1.0);
        assertEquals(Map.of("senior", 3.0), r.words());
        assertEquals(3.0, r.titleRank());
        assertEquals(0.5, r.factor());
    }

    @Test
    void juniorWordsOnAJuniorTrackCostNothing() {
        SeniorityRank.Result r = rank(15, 1.0);
        assertEquals(java.util.List.of("fresh", "entry", "assistant"), java.util.List.copyOf(r.words().keySet()));
        assertEquals(1.0, r.titleRank());
        assertEquals(1.0, r.factor());
    }

    @Test
    void aTitleWithoutRankWordsOrATrackWithoutRankIsNotDeranked() {
        SeniorityRank.Result plain = rank(0, 1.0);
        assertEquals(Map.of(), plain.words());
        assertNull(plain.titleRank());
        assertEquals(1.0, plain.factor());
        assertEquals(1.0, rank(2, null).factor());
    }

    @Test
    void theFactorStopsAtZero() {
        assertEquals(0.0, seniority.rank(cleaner.words("Director of Engineering"), 0.0).factor());
        assertEquals(0.5, seniority.rank(cleaner.words("Senior Assistant Engineer"), 1.0).factor()); // the most senior word counts
    }

    @Test
    void theTrackRankComesFromAWordOrANumber() {
        assertEquals(1.0, seniority.rankOf("junior"));
        assertEquals(1.0, seniority.rankOf(" Junior "));
        assertEquals(3.0, seniority.rankOf("Senior Executive"));
        assertEquals(2.0, seniority.rankOf("2"));
        assertNull(seniority.rankOf("Professional"));
        assertNull(seniority.rankOf(null));
        assertNull(seniority.rankOf(" "));
    }
}

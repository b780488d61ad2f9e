package mcfpipe.jobmatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import mcfpipe.jobmatch.RecordedPages;
import mcfpipe.mcfparse.parse.JobPost;
import org.junit.jupiter.api.Test;

/** The screen's rules at their boundaries, on the recorded job's own dates. */
class ScreenTest {
    private final Screen screen = new Screen(0.5, 4);
    private final JobPost post = RecordedPages.jobPage();

    @Test
    void theRecordedJobsDates() {
        assertEquals(LocalDate.of(2026, 3, 27), post.postedDate());
        assertEquals(LocalDate.of(2026, 4, 17), post.closingDate());
    }

    @Test
    void closingTodayStillPassesClosedYesterdayFails() {
        assertTrue(screen.check(0.7, post.postedDate(), post.closingDate(), 1, LocalDate.of(2026, 4, 17)).pass());
        assertEquals(new Screen.Verdict(false, List.of("closed 2026-04-17")),
                screen.check(0.7, post.postedDate(), post.closingDate(), 1, LocalDate.of(2026, 4, 18)));
    }

    @Test
    void postedExactlyNWeeksAgoPassesOneDayMoreFails() {
        LocalDate posted = RecordedPages.cards().get(15).postedDate();
        assertEquals(LocalDate.of(2026, 4, 13), posted, "Posted 2 days ago, on 15 Apr 2026");
        assertTrue(screen.check(0.7, posted, null, 0, LocalDate.of(2026, 5, 11)).pass());
        assertEquals(new Screen.Verdict(false, List.of("posted 2026-04-13, over 4 weeks before 2026-05-12")),
                screen.check(0.7, posted, null, 0, LocalDate.of(2026, 5, 12)));
    }

    @Test
    void theMinimumScoreItselfPasses() {
        LocalDate today = LocalDate.of(2026, 4, 15);
        assertTrue(screen.check(0.5, post.postedDate(), post.closingDate(), 1, today).pass());
        assertEquals(List.of("score 0.4999 below 0.5"), screen.check(0.4999, post.postedDate(), post.closingDate(), 1, today).reasons());
    }

    @Test
    void everyFailingRuleIsNamed() {
        assertEquals(List.of("score 0.1 below 0.5", "posted 2026-03-27, over 4 weeks before 2026-05-01", "closed 2026-04-17", "closed on MCF"),
                screen.check(0.1, post.postedDate(), post.closingDate(), Screen.STATUS_CLOSED, LocalDate.of(2026, 5, 1)).reasons());
    }
}

package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteDatesTest {
    private static LocalDate at(String text, String instant) {
        return SiteDates.resolve(text, Instant.parse(instant), "posted date");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {
            "Posted 19 days ago | 2026-04-15T05:41:00Z | 2026-03-27",
            "Posted today       | 2026-04-15T05:41:00Z | 2026-04-15",
            "Posted yesterday   | 2026-04-15T05:41:00Z | 2026-04-14",
            "Posted 1 day ago   | 2026-03-01T02:00:00Z | 2026-02-28",
            "Posted 2 days ago  | 2024-03-01T02:00:00Z | 2024-02-28",
            "Posted yesterday   | 2026-01-01T00:30:00Z | 2025-12-31",
            "Posted 3 weeks ago | 2026-04-15T05:41:00Z | 2026-03-25",
            "Posted a week ago  | 2026-04-15T05:41:00Z | 2026-04-08",
            "Posted 1 month ago | 2026-03-31T05:00:00Z | 2026-02-28",
            "Posted a month ago | 2024-03-31T05:00:00Z | 2024-02-29",
            "Posted 2 months ago| 2026-01-15T05:00:00Z | 2025-11-15",
            "Posted 3 hours ago | 2026-04-15T17:30:00Z | 2026-04-15",
            "Posted 30 minutes ago | 2026-04-15T16:40:00Z | 2026-04-16",
            "Posted 27 Mar 2026 | 2026-04-15T05:41:00Z | 2026-03-27",
            "Closing on 17 Apr 2026 | 2026-04-15T05:41:00Z | 2026-04-17",
            "Posted 5 September 2025 | 2026-04-15T05:41:00Z | 2025-09-05",
            "Posted 1 Sept 2025 | 2026-04-15T05:41:00Z | 2025-09-01",
    })
    void resolvesInSingaporeTime(String text, String fetchedAt, String expected) {
        assertEquals(LocalDate.parse(expected), at(text, fetchedAt));
    }

    @Test
    void todayIsSingaporesToday() {
        // 16:30 UTC on 14 Apr is 00:30 on 15 Apr in Singapore
        assertEquals(LocalDate.of(2026, 4, 15), at("Posted today", "2026-04-14T16:30:00Z"));
        assertEquals(LocalDate.of(2026, 4, 14), at("Posted today", "2026-04-14T15:59:00Z"));
    }

    @Test
    void unknownFormsAndImpossibleDatesAreRejected() {
        PageParseException unknown = assertThrows(PageParseException.class, () -> at("Posted recently", "2026-04-15T05:41:00Z"));
        assertTrue(unknown.getMessage().contains("posted date 'Posted recently'"), unknown.getMessage());
        PageParseException impossible = assertThrows(PageParseException.class, () -> at("Posted 31 Feb 2026", "2026-04-15T05:41:00Z"));
        assertTrue(impossible.getMessage().contains("not a real date"), impossible.getMessage());
        PageParseException month = assertThrows(PageParseException.class, () -> at("Posted 3 Marzo 2026", "2026-04-15T05:41:00Z"));
        assertTrue(month.getMessage().contains("unknown month"), month.getMessage());
        assertThrows(PageParseException.class, () -> at("  ", "2026-04-15T05:41:00Z"));
    }

    @Test
    void anAgeBeyondAnyPostIsABrokenPageNotAYear() {
        PageParseException days = assertThrows(PageParseException.class, () -> at("Posted 99999999999 days ago", "2026-04-15T05:41:00Z"));
        assertTrue(days.getMessage().contains("more than 7320 days ago"), days.getMessage());
        assertThrows(PageParseException.class, () -> at("Posted 300 months ago", "2026-04-15T05:41:00Z"));
        assertEquals(LocalDate.parse("2024-04-15"), at("Posted 2 years ago", "2026-04-15T05:41:00Z"));
    }
}

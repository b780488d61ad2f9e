package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "11,307 jobs found | 11307",
            "1 job found       | 1",
            "3 applications    | 3",
            "1 application     | 1",
            "0 application     | 0",
            "No applications   | 0",
            "2 years exp       | 2",
            "1 year exp        | 1",
            "1,000,000 jobs    | 1000000",
    })
    void leadingCounts(String text, int expected) {
        assertEquals(expected, Counts.leading(text, "count"));
    }

    @Test
    void absentIsNull() {
        assertNull(Counts.leadingOrNull(null, "applications"));
        assertNull(Counts.leadingOrNull(" ", "applications"));
    }

    @Test
    void nonCountsAreRejectedWithTheirName() {
        PageParseException e = assertThrows(PageParseException.class, () -> Counts.leading("many applications", "applications"));
        assertTrue(e.getMessage().contains("applications 'many applications' does not start with a count"), e.getMessage());
        assertThrows(PageParseException.class, () -> Counts.leading("2.5 years exp", "experience"));
        assertThrows(PageParseException.class, () -> Counts.leading("99999999999 jobs", "total"));
    }
}

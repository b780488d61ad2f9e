package mcfpipe.storage.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DateFormatTest {
    @Test
    void isoDateIsStrict() {
        assertEquals(LocalDate.of(2024, 2, 29), DateFormat.ISO_DATE.parse("2024-02-29"));
        assertThrows(DateTimeParseException.class, () -> DateFormat.ISO_DATE.parse("2023-02-29"));
        assertThrows(DateTimeParseException.class, () -> DateFormat.ISO_DATE.parse("2023-02-30"));
        assertThrows(DateTimeParseException.class, () -> DateFormat.ISO_DATE.parse("2023-2-3"));
        assertThrows(DateTimeParseException.class, () -> DateFormat.ISO_DATE.parse("+2023-02-03"));
        assertThrows(DateTimeParseException.class, () -> DateFormat.ISO_DATE.parse("2023-02-03 10:00"));
    }

    @Test
    void timestampAcceptsSecondsAndWritesMinutes() {
        assertEquals("2025-05-24 09:07", DateFormat.ISO_TIMESTAMP.normalise("2025-05-24 09:07"));
        assertEquals("2025-05-24 09:07", DateFormat.ISO_TIMESTAMP.normalise("2025-05-24 09:07:59"));
        assertEquals("2025-05-24 09:07", DateFormat.ISO_TIMESTAMP.format(LocalDateTime.of(2025, 5, 24, 9, 7, 31)));
        assertThrows(DateTimeParseException.class, () -> DateFormat.ISO_TIMESTAMP.parse("2025-05-24T09:07"));
        assertThrows(DateTimeParseException.class, () -> DateFormat.ISO_TIMESTAMP.parse("2025-05-24 24:00"));
        assertThrows(DateTimeParseException.class, () -> DateFormat.ISO_TIMESTAMP.parse("2025-05-24"));
    }

    @Test
    void patternsForMessages() {
        assertEquals("YYYY-MM-DD", DateFormat.ISO_DATE.pattern());
        assertEquals("YYYY-MM-DD HH:MM", DateFormat.ISO_TIMESTAMP.pattern());
    }
}

package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "$3,700 to $5,400    | 3700  | 5400",
            "$3,700to$5,400      | 3700  | 5400",
            "$6,000 - $10,500    | 6000  | 10500",
            "$1,234,567 to $2,000,000 | 1234567 | 2000000",
            "$12.50 to $15.75    | 12.50 | 15.75",
            "Above $5,000        | 5000  | -",
            "above $5000         | 5000  | -",
            "From $4,000         | 4000  | -",
            "$8,000 and above    | 8000  | -",
            "Up to $4,500        | -     | 4500",
            "up to $800          | -     | 800",
            "$3,500              | 3500  | 3500",
            "Salary undisclosed  | -     | -",
            "Undisclosed         | -     | -",
    })
    void salaryForms(String text, String min, String max) {
        Salary s = Money.salary(text, "Monthly");
        assertEquals(min == null ? null : new BigDecimal(min), s.min());
        assertEquals(max == null ? null : new BigDecimal(max), s.max());
        assertEquals("Monthly", s.period());
        assertEquals(Text.clean(text), s.text());
    }

    @Test
    void amountsAreExact() {
        Salary s = Money.salary("$3,700 to $5,400", null);
        assertEquals(0, s.min().scale());
        assertEquals("3700", s.min().toPlainString());
        assertNull(s.period());
    }

    @Test
    void noSalaryShown() {
        assertSame(Salary.NONE, Money.salary(null, null));
        assertSame(Salary.NONE, Money.salary("  ", ""));
        Salary periodOnly = Money.salary(null, "Monthly");
        assertNull(periodOnly.min());
        assertEquals("Monthly", periodOnly.period());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Competitive", "$3,700 to", "3700 to 5400", "$1 to $2 to $3", "about $3,000", "$3,70"})
    void unknownFormsAreRejectedWithTheText(String text) {
        PageParseException e = assertThrows(PageParseException.class, () -> Money.salary(text, "Monthly"));
        assertTrue(e.getMessage().contains("unrecognised salary '" + text + "'"), e.getMessage());
    }

    @Test
    void rangeBackwardsIsRejected() {
        PageParseException e = assertThrows(PageParseException.class, () -> Money.salary("$5,400 to $3,700", "Monthly"));
        assertTrue(e.getMessage().contains("minimum above its maximum"), e.getMessage());
    }
}

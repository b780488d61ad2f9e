package mcfpipe.jobpipe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Salaries are shown as posted: no rounding of an hourly $12.50 to $13. */
class FormatsTest {

    @Test
    void salariesKeepTheirCents() {
        assertEquals("$3,700 – $5,400 /mo", Formats.salary(new BigDecimal("3700"), new BigDecimal("5400"), "Monthly"));
        assertEquals("$12.50 – $15.75 /hr", Formats.salary(new BigDecimal("12.5"), new BigDecimal("15.75"), "Hourly"));
        assertEquals("$2,600", Formats.money(new BigDecimal("2600.00")));
        assertEquals("$0.125", Formats.money(new BigDecimal("0.125")));
    }
}

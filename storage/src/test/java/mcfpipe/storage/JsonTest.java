package mcfpipe.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import mcfpipe.storage.validate.ValidationException;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void numbersAreReadExactly() {
        ObjectNode o = Json.parseObject("{\"a\": 0.1, \"b\": 9007199254740993, \"c\": 1.50, \"d\": 123456789012345678901234567890}");
        assertEquals(new BigDecimal("0.1"), o.get("a").decimalValue());
        assertEquals(new BigInteger("9007199254740993"), o.get("b").bigIntegerValue());
        assertEquals("1.50", o.get("c").decimalValue().toString());
        assertTrue(o.get("d").isBigInteger());
    }

    @Test
    void duplicateKeysAreRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> Json.parseObject("{\"status\": 1, \"status\": 2}"));
        assertEquals("bad_json", e.code());
        assertTrue(e.getMessage().contains("status"), e.getMessage());
    }

    @Test
    void onlyOneObjectIsABody() {
        assertEquals("bad_json", assertThrows(ValidationException.class, () -> Json.parseObject("[1]")).code());
        assertEquals("bad_json", assertThrows(ValidationException.class, () -> Json.parseObject("{} {}")).code());
        assertEquals("bad_json", assertThrows(ValidationException.class, () -> Json.parseObject("")).code());
    }

    @Test
    void canonicalNumbersAreWrittenPlain() {
        assertEquals("100", Json.numberNode(new BigDecimal("1E+2")).toString());
        assertEquals("0.00001", Json.numberNode(new BigDecimal("1E-5")).toString());
        assertEquals("1.5", Json.numberNode(new BigDecimal("1.50")).toString());
        assertEquals("0", Json.numberNode(new BigDecimal("-0.00")).toString());
    }
}

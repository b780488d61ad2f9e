package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathCodecTest {
    @Test
    void decodesEachSegmentExactlyOnce() {
        assertEquals(List.of("job", "a/b"), PathCodec.segments("/job/a%2Fb"));
        assertEquals(List.of("job", "a+b"), PathCodec.segments("/job/a+b"));
        assertEquals(List.of("job", "café"), PathCodec.segments("/job/caf%C3%A9"));
        assertEquals(List.of("job", "50%"), PathCodec.segments("/job/50%25"));
        assertEquals(List.of("job", "%41"), PathCodec.segments("/job/%2541"), "decoded once, not twice");
    }

    @Test
    void trailingAndDoubledSlashesAreIgnored() {
        assertEquals(List.of("job", "123"), PathCodec.segments("/job/123/"));
        assertEquals(List.of("job", "123"), PathCodec.segments("//job//123"));
        assertEquals(List.of(), PathCodec.segments("/"));
    }

    @Test
    void malformedEscapesAreA400() {
        ApiException e = assertThrows(ApiException.class, () -> PathCodec.segments("/job/50%"));
        assertEquals(400, e.status());
        assertEquals("bad_path", e.code());
        assertEquals(400, assertThrows(ApiException.class, () -> PathCodec.segments("/job/%zz")).status());
        assertEquals(400, assertThrows(ApiException.class, () -> PathCodec.segments("/job/%C3")).status(),
                "bytes that are not UTF-8");
    }
}

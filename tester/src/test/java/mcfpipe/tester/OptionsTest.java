package mcfpipe.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void takesTheCommandLine() throws Exception {
        Options o = Options.parse(new String[] {"--url", "https://abc.execute-api.ap-southeast-1.amazonaws.com/dev",
                "--sigv4", "ap-southeast-1", "--report=out/r.xml"}, Map.of());
        assertEquals("https://abc.execute-api.ap-southeast-1.amazonaws.com/dev", o.url().toString());
        assertEquals(Optional.of("ap-southeast-1"), o.sigv4Region());
        assertEquals(Path.of("out/r.xml"), o.report());
    }

    @Test
    void takesUrlAndRegionFromTheEnvironmentAsOnFargate() throws Exception {
        Options o = Options.parse(new String[0], Map.of("DB_API_URL", "http://127.0.0.1:8080", "TESTER_SIGV4_REGION", "us-east-1"));
        assertEquals("http://127.0.0.1:8080", o.url().toString());
        assertEquals(Optional.of("us-east-1"), o.sigv4Region());
        assertEquals(Options.DEFAULT_REPORT, o.report());
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() throws Exception {
        Options o = Options.parse(new String[] {"--url", "http://localhost:9"}, Map.of("DB_API_URL", "http://127.0.0.1:8080"));
        assertEquals("http://localhost:9", o.url().toString());
        assertFalse(o.sigv4Region().isPresent());
    }

    @Test
    void refusesMissingOrBadInput() {
        assertThrows(UsageException.class, () -> Options.parse(new String[0], Map.of()));
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"--url"}, Map.of()));
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"--url", "ftp://x"}, Map.of()));
        assertThrows(UsageException.class, () -> Options.parse(new String[] {"--url", "http://x", "--verbose", "1"}, Map.of()));
    }

    @Test
    void aMissingUrlIsOneUsageLineAndExitTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[0], Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("usage: "), text);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpIsPrintedAndAnUnknownOptionIsNamed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"--help"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--sigv4 REGION"), out::toString);
        UsageException e = assertThrows(UsageException.class, () -> Options.parse(new String[] {"--bogus"}, Map.of()));
        assertTrue(e.getMessage().endsWith("unknown option --bogus"), e.getMessage());
    }

    @Test
    void anApiThatCannotBeReachedIsOneLineNotAFailedPlan() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--url", "http://127.0.0.1:" + closedPort}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("cannot reach the API at http://127.0.0.1:" + closedPort), text);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no case ran");
    }
}

package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local server on the wire: requests written byte by byte onto a socket. */
class LocalApiServerTest {
    private static ApiRig rig;

    @BeforeAll
    static void start() {
        rig = ApiRig.start("localserver");
    }

    @AfterAll
    static void stop() {
        if (rig != null) rig.close();
    }

    @Test
    void headIsAnsweredWithoutABodyAndTheConnectionStaysOpen() throws IOException {
        String twoRequests = "HEAD /job/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                + "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        String answered;
        try (Socket s = new Socket("127.0.0.1", rig.server.port())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(twoRequests.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            answered = readAll(s.getInputStream());
        }
        List<String> statuses = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^HTTP/1\\.1 (\\d{3})").matcher(answered);
        while (m.find()) statuses.add(m.group(1));
        assertEquals(List.of("405", "200"), statuses, "both requests on one connection are answered:\n" + answered);
        assertTrue(answered.contains("\r\n\r\nHTTP/1.1 200"), "no body between HEAD's headers and the next answer:\n" + answered);
    }

    @Test
    void nagleIsOffUnlessTheUserSaidOtherwise() {
        // without it each answer waits ~40 ms for the client's delayed ACK; timing is not asserted, the setting is
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (java.net.SocketException e) {
            // a reset after what was read is still an answer to look at
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

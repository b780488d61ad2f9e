package mcfpipe.mcfparse.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import mcfpipe.standins.RepoRoot;

/** The two recorded MCF pages, read from the shared fixtures folder (never copied into the project). */
public final class Fixtures {
    private Fixtures() {}

    public static final String SEARCH_PAGE = "search-engineer-page0.html";
    public static final String JOB_PAGE = "job-engineer-ldrm-5624187c437fddd00296eecc783ed4cd.html";
    /** When both pages were recorded (about 05:41 UTC, 13:41 in Singapore). */
    public static final Instant FETCHED_AT = Instant.parse("2026-04-15T05:41:00Z");
    public static final String SEARCH_URL = "https://www.mycareersfuture.gov.sg/search?search=engineer&sortBy=relevancy&page=0";

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static Path path(String name) {
        return RepoRoot.mcfFixtures().resolve(name);
    }
}

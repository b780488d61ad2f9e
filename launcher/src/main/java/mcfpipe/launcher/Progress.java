package mcfpipe.launcher;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Progress lines on stderr with the time since start, and the wall time of each phase for the closing report. */
final class Progress {
    private final PrintStream out;
    private final long start = System.nanoTime();
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private String phase;
    private long phaseStart;

    Progress(PrintStream out) {
        this.out = out;
    }

    void say(String message) {
        out.printf("mcfpipe: [%6.1fs] %s%n", (System.nanoTime() - start) / 1e9, message);
    }

    void begin(String name, String message) {
        end();
        phase = name;
        phaseStart = System.nanoTime();
        say(message);
    }

    void end() {
        if (phase != null) phases.put(phase, (System.nanoTime() - phaseStart) / 1_000_000);
        phase = null;
    }

    /** e.g. {@code standins=4120ms scrape=2301ms drain=900ms total=7400ms}. */
    String timings() {
        end();
        StringBuilder sb = new StringBuilder();
        phases.forEach((k, v) -> sb.append(k).append('=').append(v).append("ms "));
        sb.append("total=").append((System.nanoTime() - start) / 1_000_000).append("ms");
        return sb.toString();
    }
}

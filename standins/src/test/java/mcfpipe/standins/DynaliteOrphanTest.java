package mcfpipe.standins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command killed with SIGKILL runs no shutdown hook, so its dynalite must notice on its own: it does, and the
 * data folder is free for the next dynalite at once.
 */
class DynaliteOrphanTest {

    /** The child JVM: starts dynalite over args[0], prints its port, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        Dynalite d = Dynalite.start(Path.of(args[0]));
        System.out.println(d.port());
        System.out.flush();
        Thread.sleep(120_000);
    }

    @Test
    void dynaliteDiesWithAKilledParentAndTheFolderIsFreeAgain(@TempDir Path dir) throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmcfpipe.root=" + RepoRoot.find(), "-cp", System.getProperty("java.class.path"),
                DynaliteOrphanTest.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int port = Integer.parseInt(new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8)).readLine());
        assertTrue(Ports.accepting(port), "dynalite is up");

        parent.destroyForcibly(); // SIGKILL
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Ports.accepting(port) && System.nanoTime() < deadline) Thread.sleep(50);
        assertFalse(Ports.accepting(port), "the orphaned dynalite exited");

        try (Dynalite next = Dynalite.start(dir)) {
            assertEquals(true, Ports.accepting(next.port()), "the next dynalite opens the same data folder");
        }
    }
}

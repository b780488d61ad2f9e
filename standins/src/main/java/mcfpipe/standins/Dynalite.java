package mcfpipe.standins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * dynalite, the DynamoDB stand-in, as a child process from the repository's node_modules.
 * With a data folder it keeps tables in LevelDB on disk; without one it keeps them in memory.
 */
public final class Dynalite implements AutoCloseable {
    private final Process process;
    private final int port;

    private Dynalite(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Runs dynalite's command line (the first argument) and exits when its stdin ends. Our end of that pipe closes
     * whenever this JVM goes, however it goes (kill -9 included), so no orphaned dynalite keeps holding the LevelDB
     * lock of a data folder and blocks the next command.
     */
    private static final String EXIT_WITH_PARENT = "process.stdin.on('end', () => process.exit(0));"
            + "process.stdin.on('error', () => process.exit(0));"
            + "process.stdin.resume();"
            + "const cli = process.argv[1];"
            + "process.argv = [process.argv[0], cli].concat(process.argv.slice(2));"
            + "require(cli);";

    /** Starts dynalite on a free port; {@code dataDir} null means in memory. */
    public static Dynalite start(Path dataDir) {
        return start(RepoRoot.find(), dataDir, Ports.free());
    }

    public static Dynalite start(Path repoRoot, Path dataDir, int port) {
        Path script = repoRoot.resolve("node_modules/dynalite/cli.js");
        if (!Files.exists(script)) {
            throw new IllegalStateException("dynalite is not installed: run 'npm ci' in " + repoRoot);
        }
        List<String> cmd = new ArrayList<>(List.of("node", "-e", EXIT_WITH_PARENT, script.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        try {
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                cmd.add("--path");
                cmd.add(dataDir.toAbsolutePath().toString());
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Dynalite d = new Dynalite(p, port);
            d.awaitListening();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start dynalite (is node installed?)", e);
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited with code " + process.exitValue()
                        + " before listening on port " + port + " (is the data folder locked by another run?)");
            }
            if (Ports.accepting(port)) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("dynalite did not listen on port " + port + " within 20 s");
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

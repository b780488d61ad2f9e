package mcfpipe.standins;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the folder with mvnw and package.json), from which node tools and ../shared are found. */
public final class RepoRoot {
    private RepoRoot() {}

    public static Path find() {
        String prop = System.getProperty("mcfpipe.root");
        if (prop != null && !prop.isBlank()) return Path.of(prop).toAbsolutePath().normalize();
        String env = System.getenv("MCFPIPE_ROOT");
        if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath().normalize();
        Path p = Path.of("").toAbsolutePath();
        for (Path d = p; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("mvnw")) && Files.exists(d.resolve("package.json"))) return d;
        }
        throw new IllegalStateException("cannot find the mcfpipe repository root above " + p + " (set MCFPIPE_ROOT)");
    }

    /** The recorded MCF pages that tests replay: ../shared/fixtures/mcf beside the repository, or $MCFPIPE_FIXTURES. */
    public static Path mcfFixtures() {
        String env = System.getenv("MCFPIPE_FIXTURES");
        Path d = env != null && !env.isBlank() ? Path.of(env).toAbsolutePath().normalize()
                : find().resolve("../shared/fixtures/mcf").normalize();
        if (!Files.isDirectory(d)) {
            throw new IllegalStateException("recorded MCF pages not found at " + d
                    + ": put them at ../shared/fixtures/mcf beside the repository, or set MCFPIPE_FIXTURES to their folder");
        }
        return d;
    }
}

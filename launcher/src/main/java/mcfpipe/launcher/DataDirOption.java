package mcfpipe.launcher;

import java.nio.file.Path;
import mcfpipe.standins.RepoRoot;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR}, shared by every local command. A relative DIR is the caller's (./mcfpipe runs Java in the
 * directory it was called from); without the option, the data lives in {@code .mcfpipe/} of the repository,
 * wherever the command is called from.
 */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the local stand-ins keep their data (default: .mcfpipe in the repository).")
    Path given;

    /** The data folder, absolute. */
    Path path() {
        return given != null ? given.toAbsolutePath().normalize() : RepoRoot.find().resolve(".mcfpipe");
    }
}

package mcfpipe.jobpipe.etl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Opening SQLite files and putting a finished one in place. Work always happens on a private temporary
 * copy, so its journal can be off (a failed run just throws the copy away) and readers of the real file
 * never see a half-written state: the copy replaces it with one atomic rename.
 */
public final class SqliteFile {
    private SqliteFile() {}

    /** A connection for building a file nobody else reads yet: fast, no rollback journal. */
    static Connection openForBuilding(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        c.setAutoCommit(false);
        return c;
    }

    /** A read-only connection, for the report and for tests. */
    public static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** A temporary file beside {@code target}, so the final rename stays on one file system. */
    static Path tempBeside(Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file beside " + target, e);
        }
    }

    /** Flushes {@code finished} to disk, then renames it over {@code target} in one step. */
    public static void moveIntoPlace(Path finished, Path target) {
        try {
            try (FileChannel ch = FileChannel.open(finished, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + finished + " into place at " + target, e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray temporary file is harmless and is named to show what it was
        }
    }
}

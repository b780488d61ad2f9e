package mcfpipe.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * One local command at a time per data folder: dynalite's LevelDB takes one process, and a second one would fail
 * deep inside the SDK. The lock is the operating system's, so it goes with the process, even one that crashed.
 */
final class DataFolderLock {
    /** Thrown when another command holds the folder; its message is the one line to print. */
    static final class InUse extends RuntimeException {
        InUse(String message) {
            super(message);
        }
    }

    /** The folders this process holds, by absolute path; held until the process ends. */
    private static final Map<Path, FileChannel> HELD = new HashMap<>();

    private DataFolderLock() {}

    /** Takes the folder's lock for the rest of this process (again is a no-op), or says who holds it. */
    static void acquire(Path dataDir) {
        String line = System.getProperty("sun.java.command", "");
        int space = line.indexOf(' ');
        acquire(dataDir, "./mcfpipe " + (space < 0 ? "" : line.substring(space + 1)));
    }

    /** As {@link #acquire(Path)}, writing {@code command} into the lock file so a second command can name the holder. */
    static synchronized void acquire(Path dataDir, String command) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (HELD.containsKey(dir)) return;
        Path file = dir.resolve("lock");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the data folder " + dir + " is a file, not a folder: give --data-dir a folder");
        }
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another channel of this same process
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new InUse("the data folder " + dir + " is in use by another mcfpipe command"
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + ": stop it first, or give this one --data-dir DIR");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + command).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            HELD.put(dir, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the data folder " + dir + ": " + e.getMessage(), e);
        }
    }
}

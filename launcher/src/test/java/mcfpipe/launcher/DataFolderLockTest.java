package mcfpipe.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second command on a data folder that another process holds gets one line naming the holder. */
class DataFolderLockTest {

    /** Run in a child JVM: takes the lock on args[0], says so, and holds it until its stdin closes. */
    public static void main(String[] args) throws Exception {
        DataFolderLock.acquire(Path.of(args[0]), "./mcfpipe run --replay somewhere");
        System.out.println("locked");
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the lock
        }
    }

    @Test
    void aFolderHeldByAnotherProcessIsRefusedWithTheHolderNamed(@TempDir Path dir) throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DataFolderLockTest.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());

            DataFolderLock.InUse e = assertThrows(DataFolderLock.InUse.class, () -> DataFolderLock.acquire(dir, "./mcfpipe serve"));
            assertTrue(e.getMessage().contains("in use by another mcfpipe command"), e.getMessage());
            assertTrue(e.getMessage().contains("(pid " + holder.pid() + ", ./mcfpipe run --replay somewhere)"), e.getMessage());
            assertTrue(e.getMessage().contains("--data-dir DIR"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        // the holder is gone, and with it its lock: the folder is free again
        assertDoesNotThrow(() -> DataFolderLock.acquire(dir, "./mcfpipe serve"));
        assertTrue(Files.readString(dir.resolve("lock")).endsWith(", ./mcfpipe serve"));
        // taking it again in the same process is a no-op
        assertDoesNotThrow(() -> DataFolderLock.acquire(dir, "./mcfpipe serve"));
    }

    @Test
    void aFileGivenAsTheDataFolderIsNamed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataFolderLock.acquire(file, "./mcfpipe run"));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
    }
}

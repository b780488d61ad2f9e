package mcfpipe.jobpipe.etl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short hash of the mirror tables' DDL and the ETL's layout version. A file built under another schema
 * cannot take incremental changes (its tables lack the new columns), so a differing fingerprint forces a
 * full rebuild.
 */
final class Fingerprint {
    private Fingerprint() {}

    /** Raise when the derived tables' layout changes in a way an old file cannot follow. */
    static final int LAYOUT_VERSION = 1;

    static String of(List<MirrorTable> mirrors) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("layout " + LAYOUT_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (MirrorTable m : mirrors) sha.update((m.createSql() + ";\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

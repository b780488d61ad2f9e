package mcfpipe.jobdb;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Ids for items created without one: 128 random bits as 32 hex characters (the shape of MCF's own job ids).
 * Random, so concurrent calls need no coordination; the create is conditional, so a clash could never overwrite.
 */
final class IdGenerator {
    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}

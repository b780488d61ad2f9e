package mcfpipe.mcfscrape;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: the content address of a search page. */
final class ContentHash {
    private ContentHash() {}

    /**
     * The address of a search page as one user saw it: the same results fetched for two users are two pages, so
     * each user's search is parsed into that user's job_search rows (the job pages stay shared).
     */
    static String ofSearchPage(String userId, byte[] html) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(userId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(html));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}

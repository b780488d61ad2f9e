package mcfpipe.jobmatch;

import java.util.Locale;

/**
 * Keyword rows get ids made of what they are, {@code <library>:<track or *>:<word with dashes>}
 * (e.g. {@code title_tag:demo-engineer:assistant-engineer}), so writing the same word twice finds the same row.
 */
public final class KeywordIds {
    private KeywordIds() {}

    public static String of(String library, String trackId, String word) {
        String w = String.join("-", word.trim().toLowerCase(Locale.ROOT).split("\\s+"));
        return library + ":" + (trackId == null ? "*" : trackId) + ":" + w;
    }
}

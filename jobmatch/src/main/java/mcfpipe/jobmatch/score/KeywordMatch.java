package mcfpipe.jobmatch.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Matches a track's keywords in a job description, both stemmed by Lucene's English analyzer (lower case,
 * English stop words and possessives removed, Porter stems), so "designs" finds "design" and "engineering"
 * finds "engineer". The part is the share of the track's keywords found.
 */
public final class KeywordMatch {
    /** Thread-safe: Lucene keeps one token stream per thread. */
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private KeywordMatch() {}

    /** A track keyword and its stems; a keyword of stop words only has none and never matches. */
    public record Phrase(String keyword, List<String> stems) {
        public Phrase {
            stems = List.copyOf(stems);
        }
    }

    /** @param matched the keywords found, in the track's order; @param of how many keywords could match */
    public record Result(List<String> matched, int of, double part) {
        public Result {
            matched = List.copyOf(matched);
        }
    }

    public static List<Phrase> phrases(List<String> keywords) {
        List<Phrase> phrases = new ArrayList<>(keywords.size());
        for (String k : keywords) {
            if (k == null || k.isBlank()) continue;
            List<String> stems = stems(k);
            if (!stems.isEmpty()) phrases.add(new Phrase(k.trim(), stems));
        }
        return phrases;
    }

    /** The text's stems in order; empty for null. */
    public static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null || text.isEmpty()) return stems;
        try (TokenStream ts = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) stems.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text held in memory", e);
        }
        return stems;
    }

    /** The match of the phrases in a description; null when there is nothing to match (no phrases). */
    public static Result match(DescriptionStems description, List<Phrase> phrases) {
        if (phrases.isEmpty()) return null;
        List<String> matched = new ArrayList<>();
        for (Phrase p : phrases) {
            if (description.contains(p.stems())) matched.add(p.keyword());
        }
        return new Result(matched, phrases.size(), (double) matched.size() / phrases.size());
    }
}

package mcfpipe.jobmatch.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a job title into its meaningful words: lower case, bracketed text dropped ("(Training Provided / 5 Days)",
 * "[Lentor | 5 days]"; an unclosed bracket drops the rest), punctuation as a word break, a free-standing "&" read
 * as "and", words without a letter dropped (job refs "#77200", "5 days"), then the stop words (unless kept) and
 * the junk words removed. One pass over the characters, no regular expressions: it runs for every job and track.
 */
public final class TitleCleaner {
    private final Set<String> stopWords;
    private final Set<String> junkWords;

    public TitleCleaner(Libraries libraries) {
        this(libraries.stopWords(), libraries.junkWords());
    }

    public TitleCleaner(Set<String> stopWords, Set<String> junkWords) {
        this.stopWords = stopWords;
        this.junkWords = junkWords;
    }

    /** The title's words in order; empty for a null or blank title. */
    public List<String> words(String title) {
        List<String> words = new ArrayList<>(8);
        if (title == null) return words;
        String text = title.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder(16);
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                flush(word, words);
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                flush(word, words);
                if (depth > 0) depth--;
            } else if (depth > 0) {
                continue;
            } else if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (c == '&') {
                // "R&D", "M&E" stay one word; "Sales & Marketing" reads "and", a stop word unless kept
                if (word.length() > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    word.append(c);
                } else {
                    flush(word, words);
                    word.append("and");
                    flush(word, words);
                }
            } else if ((c == '+' || c == '#') && word.length() > 0 && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                word.append(c); // "C++", "C#" are skills, not punctuation
            } else if (c == '\'' || c == '\u2019') {
                continue; // "women's" -> "womens": an apostrophe does not split a word
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private void flush(StringBuilder word, List<String> words) {
        if (word.length() == 0) return;
        String w = word.toString();
        word.setLength(0);
        if (!hasLetter(w) || stopWords.contains(w) || junkWords.contains(w)) return;
        words.add(w);
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) return true;
        }
        return false;
    }
}

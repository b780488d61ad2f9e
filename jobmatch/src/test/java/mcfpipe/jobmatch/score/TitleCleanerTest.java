package mcfpipe.jobmatch.score;

import static mcfpipe.jobmatch.RecordedPages.cards;
import static mcfpipe.jobmatch.RecordedPages.title;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cleaning the real titles of the recorded search page. */
class TitleCleanerTest {
    private final TitleCleaner cleaner = new TitleCleaner(new TestLibraries()
            .words("junk", "diploma", "welcome", "days").words("stop", "cum").build());

    @Test
    void dropsJunkWordsPunctuationAndCase() {
        assertEquals("Diploma Fresh / Entry welcome!!! Assistant Engineer", title(15));
        assertEquals(List.of("fresh", "entry", "assistant", "engineer"), cleaner.words(title(15)));
    }

    @Test
    void dropsBracketedText() {
        assertEquals("Assistant Engineer (Training Provided / 5 Days)", title(10));
        assertEquals(List.of("assistant", "engineer"), cleaner.words(title(10)));
        assertEquals("Technician (Engineering)", title(8));
        assertEquals(List.of("technician"), cleaner.words(title(8)));
        assertEquals("Sales Engineer - Inside Sales (Valves)", title(1));
        assertEquals(List.of("sales", "engineer", "inside", "sales"), cleaner.words(title(1)));
    }

    @Test
    void dropsSquareBracketsAndTheStopWordAnd() {
        assertEquals("Sales and Engineering Support Engineer [Lentor | 5 days | up to $4000] - LCYL", title(21));
        assertEquals(List.of("sales", "engineering", "support", "engineer", "lcyl"), cleaner.words(title(21)));
    }

    @Test
    void keepListRescuesAStopWord() {
        TitleCleaner keepingAnd = new TitleCleaner(new TestLibraries().words("keep", "and").build());
        assertEquals(List.of("sales", "and", "engineering", "support", "engineer", "lcyl"), keepingAnd.words(title(21)));
    }

    @Test
    void dropsWordsWithoutALetterSuchAsJobReferences() {
        assertEquals("Assistant Engineer #77200", title(16));
        assertEquals(List.of("assistant", "engineer"), cleaner.words(title(16)));
        assertEquals(List.of("sales", "engineer"), cleaner.words(title(17)));
    }

    @Test
    void stopLibraryAddsToTheEnglishStopWords() {
        assertEquals("Electrical Engineer cum QS", title(12));
        assertEquals(List.of("electrical", "engineer", "qs"), cleaner.words(title(12)));
        assertEquals(List.of("electrical", "engineer", "cum", "qs"), new TitleCleaner(Libraries.empty()).words(title(12)));
    }

    @Test
    void ampersandAloneReadsAndInsideAWordStays() {
        // company names of the page carry both kinds of "&"
        assertEquals("SBM ENGINEERING & CONSTRUCTION PTE. LTD.", cards().get(7).company());
        assertEquals(List.of("sbm", "engineering", "construction", "pte", "ltd"), cleaner.words(cards().get(7).company()));
        TitleCleaner keepingAnd = new TitleCleaner(new TestLibraries().words("keep", "and").build());
        assertEquals(List.of("sbm", "engineering", "and", "construction", "pte", "ltd"), keepingAnd.words(cards().get(7).company()));
        assertEquals("MIRZA M&E ENGINEERING PTE. LTD.", cards().get(12).company());
        assertEquals(List.of("mirza", "m&e", "engineering", "pte", "ltd"), cleaner.words(cards().get(12).company()));
    }

    @Test
    void upperCaseTitlesCleanLikeTheirLowerCaseTwins() {
        assertEquals("BMS PROJECT ENGINEER", title(7));
        assertEquals(List.of("bms", "project", "engineer"), cleaner.words(title(7)));
        assertEquals(cleaner.words(title(3)), cleaner.words(title(20)));
    }

    @Test
    void unclosedBracketDropsTheRestAndSkillSymbolsStay() {
        assertEquals(List.of("engineer"), cleaner.words("Engineer (Civil / Structural"));
        assertEquals(List.of("c++", "c#", "developer"), cleaner.words("C++/C# Developer"));
        assertEquals(List.of("womens", "health", "nurse"), cleaner.words("Women's Health Nurse"));
        assertEquals(List.of(), cleaner.words(null));
        assertEquals(List.of(), cleaner.words("(Urgent!)"));
    }
}

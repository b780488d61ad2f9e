package mcfpipe.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.JobPageParser;
import mcfpipe.mcfparse.parse.JobPost;
import mcfpipe.mcfparse.parse.PageParseException;
import mcfpipe.mcfparse.parse.SearchPageParser;
import mcfpipe.mcfparse.parse.SiteDates;
import mcfpipe.mcfscrape.ReplayServer;

/** Facts about a folder of recorded pages that a replay needs. */
final class RecordedPages {
    /** A card's posted text exact to the day; "2 weeks ago" or "a month ago" is not. */
    private static final Pattern EXACT_TO_THE_DAY = Pattern.compile("(?i)\\b(today|just now|yesterday|(\\d+|a) days? ago)\\b");
    private static final Pattern JOB_FILE = Pattern.compile("-([0-9a-f]{32})\\.html$");
    /** Any fixed instant: card dates are parsed against it and only differences to it are used. */
    private static final Instant REFERENCE = Instant.parse("2000-01-01T04:00:00Z");

    private RecordedPages() {}

    /** When the pages were captured, and how that was found out (for the progress log). */
    record CaptureTime(Instant at, String how) {}

    /**
     * Null when the folder holds the first search page for these keywords; else one line saying what it holds, so
     * a replay of a search that was never recorded does not quietly find nothing.
     */
    static String missingSearch(Path dir, String keywords) {
        List<Path> pages = htmlFiles(dir);
        if (pages.isEmpty()) return "no recorded .html pages in " + dir;
        String wanted = ReplayServer.searchFile(keywords, 0);
        if (Files.isRegularFile(dir.resolve(wanted))) return null;
        List<String> recorded = new ArrayList<>();
        for (Path p : pages) {
            Matcher m = SEARCH_FILE.matcher(p.getFileName().toString());
            if (m.matches()) recorded.add(m.group(1));
        }
        return "no recorded search page for '" + keywords + "' in " + dir + " (expected " + wanted + "); "
                + (recorded.isEmpty() ? "it holds no search pages" : "recorded searches: " + String.join(", ", recorded.stream().distinct().sorted().toList())
                + " (give one with --search)");
    }

    private static final Pattern SEARCH_FILE = Pattern.compile("search-(.+)-page\\d+\\.html");

    /**
     * When the pages were captured, for resolving "Posted 3 days ago" (without --captured-at). File times say when
     * a copy was made, not when the page was captured, so the pages themselves are asked first: a job recorded
     * both as a card ("Posted 19 days ago") and as a job page ("Posted 27 Mar 2026") dates the capture (15 Apr
     * 2026, taken as noon in Singapore). Only when no such pair exists is the newest file time used.
     */
    static CaptureTime capturedAt(Path dir) {
        List<Path> pages = htmlFiles(dir);
        if (pages.isEmpty()) throw new IllegalArgumentException("no recorded .html pages in " + dir);
        Optional<LocalDate> day = captureDayFromPages(pages);
        if (day.isPresent()) {
            Instant at = day.get().atTime(LocalTime.NOON).atZone(SiteDates.ZONE).toInstant();
            return new CaptureTime(at, "dated by a job recorded both as a card and as a page: " + day.get());
        }
        Instant newest = pages.stream().map(RecordedPages::modified).max(Instant::compareTo).orElseThrow();
        Instant shown = newest.truncatedTo(ChronoUnit.SECONDS);
        return new CaptureTime(shown, "no card and page of one job to date the pages by, so the newest file time;"
                + " pass --captured-at if the files were copied since");
    }

    /** The latest capture day that a card/page pair of one job gives, if the folder has such a pair. */
    static Optional<LocalDate> captureDayFromPages(List<Path> pages) {
        Map<String, JobCard> cards = new HashMap<>();
        Map<String, JobPost> posts = new HashMap<>();
        for (Path page : pages) {
            String name = page.getFileName().toString();
            try {
                if (name.startsWith("search-")) {
                    for (JobCard c : SearchPageParser.parse(Files.readAllBytes(page), null, REFERENCE, "https://localhost").cards()) {
                        if (c.postedText() != null && EXACT_TO_THE_DAY.matcher(c.postedText()).find() && c.postedDate() != null) {
                            cards.put(c.uuid(), c);
                        }
                    }
                } else if (JOB_FILE.matcher(name).find()) {
                    JobPost p = JobPageParser.parse(Files.readAllBytes(page), null, REFERENCE);
                    if (p.postedDate() != null) posts.put(p.uuid(), p);
                }
            } catch (PageParseException | IOException e) {
                // a page that does not parse cannot date the capture; the replay reports it like any other page
            }
        }
        LocalDate reference = LocalDate.ofInstant(REFERENCE, SiteDates.ZONE);
        List<LocalDate> days = new ArrayList<>();
        cards.forEach((uuid, card) -> {
            JobPost post = posts.get(uuid);
            if (post != null) days.add(post.postedDate().plusDays(ChronoUnit.DAYS.between(card.postedDate(), reference)));
        });
        return days.stream().max(LocalDate::compareTo);
    }

    private static List<Path> htmlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded pages in " + dir, e);
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

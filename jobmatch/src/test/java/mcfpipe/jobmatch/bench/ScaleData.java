package mcfpipe.jobmatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import mcfpipe.jobmatch.RecordedPages;
import mcfpipe.jobmatch.score.JobRecord;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.JobPost;

/**
 * Jobs for the scale run, made by recombining the recorded search page: each title splices the start of one real
 * title onto the end of another (at word boundaries, punctuation and brackets kept, so cleaning has real work),
 * with the company and the salary of other real cards. As on the recorded page, about one job in 22 has the real
 * job page's description (and its closing date). Deterministic for a seed.
 */
public final class ScaleData {
    private ScaleData() {}

    public static final LocalDate RECORDED_ON = LocalDate.of(2026, 4, 15);

    public static List<JobRecord> generate(int count, long seed) {
        List<JobCard> cards = RecordedPages.cards();
        JobPost post = RecordedPages.jobPage();
        List<String[]> words = new ArrayList<>();
        for (JobCard c : cards) words.add(c.title().split(" "));
        Random random = new Random(seed);
        List<JobRecord> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] head = words.get(random.nextInt(words.size()));
            String[] tail = words.get(random.nextInt(words.size()));
            int cut = 1 + random.nextInt(head.length);
            int from = random.nextInt(tail.length);
            List<String> title = new ArrayList<>(Arrays.asList(head).subList(0, cut));
            title.addAll(Arrays.asList(tail).subList(from, tail.length));
            JobCard company = cards.get(random.nextInt(cards.size()));
            JobCard salary = cards.get(random.nextInt(cards.size()));
            LocalDate posted = RECORDED_ON.minusDays(random.nextInt(57));
            boolean withPage = random.nextInt(cards.size()) == 0;
            jobs.add(new JobRecord("bench#" + i, String.format("%032x", i), "bench", String.join(" ", title), company.company(),
                    withPage ? post.description() : null, salary.salaryMin(), salary.salaryMax(), salary.salaryPeriod(), posted,
                    withPage ? post.closingDate() : null, withPage ? 1 : 0, "engineer"));
        }
        return jobs;
    }
}

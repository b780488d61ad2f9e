package mcfpipe.jobpipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import mcfpipe.jobpipe.etl.Etl;
import mcfpipe.jobpipe.etl.EtlResult;
import mcfpipe.jobpipe.etl.SqliteFile;
import mcfpipe.jobpipe.report.ReportDataLoader;
import mcfpipe.jobpipe.report.ReportPage;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One report run, the same locally and on Lambda: bring the analysis file up to date (starting from the
 * local copy, else the last one on S3, else from scratch), render report.html from it, and upload both.
 */
public final class ReportJob {
    private final TableStore store;
    private final ReportObjects objects;
    private final ReportSettings settings;
    private final Clock clock;

    public ReportJob(TableStore store, S3Client s3, ReportSettings settings, Clock clock) {
        this.store = store;
        this.objects = new ReportObjects(s3, settings.bucket());
        this.settings = settings;
        this.clock = clock;
    }

    public ReportResult run(boolean rebuild) {
        Path sqlite = settings.sqliteFile();
        boolean fetched = !rebuild && !Files.exists(sqlite) && objects.fetchPrevious(sqlite);
        EtlResult etl = new Etl(store, clock, settings.etl()).run(sqlite, rebuild);
        Path html = settings.htmlFile();
        writeAtomically(html, ReportPage.render(ReportDataLoader.load(sqlite)));
        objects.upload(sqlite, html);
        return new ReportResult(sqlite, html, objects.uri(ReportSettings.SQLITE_KEY), objects.uri(ReportSettings.HTML_KEY),
                fetched, etl);
    }

    private static void writeAtomically(Path target, String content) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + "-", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            SqliteFile.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}

package mcfpipe.jobpipe;

import java.nio.file.Path;
import java.util.Map;
import mcfpipe.jobpipe.etl.EtlOptions;

/**
 * Where the report goes and how it is built.
 *
 * @param bucket   the S3 bucket for {@code reports/}
 * @param workDir  where the SQLite file and report.html are kept between runs (the local copies)
 * @param etl      how the ETL reads and what it keeps
 */
public record ReportSettings(String bucket, Path workDir, EtlOptions etl) {
    public static final String SQLITE_KEY = "reports/mcfpipe.sqlite";
    public static final String HTML_KEY = "reports/report.html";
    public static final String SQLITE_FILE = "mcfpipe.sqlite";
    public static final String HTML_FILE = "report.html";

    public ReportSettings {
        if (bucket == null || bucket.isBlank()) throw new IllegalArgumentException("bucket must be set");
    }

    public Path sqliteFile() {
        return workDir.resolve(SQLITE_FILE);
    }

    public Path htmlFile() {
        return workDir.resolve(HTML_FILE);
    }

    /**
     * On AWS: MCFPIPE_BUCKET (else {@code <stage>-mcfpipe-raw-pages}) and MCFPIPE_STAGE (default dev); the
     * files are kept in the Lambda's /tmp between warm invocations.
     */
    public static ReportSettings fromEnvironment(Map<String, String> env) {
        String bucket = env.get("MCFPIPE_BUCKET");
        if (bucket == null || bucket.isBlank()) bucket = stage(env) + "-mcfpipe-raw-pages";
        return new ReportSettings(bucket, Path.of(System.getProperty("java.io.tmpdir"), "mcfpipe-reports"), EtlOptions.DEFAULTS);
    }

    /** MCFPIPE_TABLE_PREFIX, else {@code <stage>_mcfpipe_}. */
    public static String tablePrefix(Map<String, String> env) {
        String prefix = env.get("MCFPIPE_TABLE_PREFIX");
        return prefix != null ? prefix : stage(env) + "_mcfpipe_";
    }

    private static String stage(Map<String, String> env) {
        String stage = env.get("MCFPIPE_STAGE");
        return stage == null || stage.isBlank() ? "dev" : stage;
    }
}

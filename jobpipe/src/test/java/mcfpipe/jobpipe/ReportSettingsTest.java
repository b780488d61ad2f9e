package mcfpipe.jobpipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import mcfpipe.jobpipe.etl.EtlOptions;
import org.junit.jupiter.api.Test;

class ReportSettingsTest {
    @Test
    void theBucketAndTablesFollowTheStageUnlessSetOutright() {
        assertEquals("dev-mcfpipe-raw-pages", ReportSettings.fromEnvironment(Map.of()).bucket());
        assertEquals("dev_mcfpipe_", ReportSettings.tablePrefix(Map.of()));
        assertEquals("prod-mcfpipe-raw-pages", ReportSettings.fromEnvironment(Map.of("MCFPIPE_STAGE", "prod")).bucket());
        assertEquals("prod_mcfpipe_", ReportSettings.tablePrefix(Map.of("MCFPIPE_STAGE", "prod")));
        assertEquals("my-reports", ReportSettings.fromEnvironment(Map.of("MCFPIPE_STAGE", "prod", "MCFPIPE_BUCKET", "my-reports")).bucket());
        assertEquals("x_", ReportSettings.tablePrefix(Map.of("MCFPIPE_STAGE", "prod", "MCFPIPE_TABLE_PREFIX", "x_")));
    }

    @Test
    void localFilesLiveInTheWorkFolder() {
        ReportSettings s = new ReportSettings("b", Path.of("/data/reports"), EtlOptions.DEFAULTS);
        assertEquals(Path.of("/data/reports/mcfpipe.sqlite"), s.sqliteFile());
        assertEquals(Path.of("/data/reports/report.html"), s.htmlFile());
        assertThrows(IllegalArgumentException.class, () -> new ReportSettings(" ", Path.of("x"), EtlOptions.DEFAULTS));
    }
}

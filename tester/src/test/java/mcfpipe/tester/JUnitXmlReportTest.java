package mcfpipe.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mcfpipe.tester.report.CaseResult;
import mcfpipe.tester.report.JUnitXmlReport;
import mcfpipe.tester.report.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitXmlReportTest {
    @Test
    void staysWellFormedWhateverTheApiAnswered(@TempDir Path dir) throws Exception {
        // failure messages quote API answers, which may hold markup, quotes, control characters, broken UTF-16
        String nasty = "expected status 400 got 201 (POST /job -> 201 {\"a\": \"<b>&'\u0001\ud800\"})";
        List<CaseResult> results = List.of(
                new CaseResult(1, "create job", Outcome.PASSED, null, Duration.ofMillis(12)),
                new CaseResult(2, "read <job> & \"more\"", Outcome.FAILED, nasty, Duration.ofMillis(3)),
                new CaseResult(3, "broken", Outcome.ERROR, "error: java.net.ConnectException", Duration.ZERO));
        Path file = dir.resolve("sub/report.xml");
        JUnitXmlReport.write(file, results, Instant.now(), Map.of("url", "http://127.0.0.1:1"));

        Document doc = ReportXml.parse(file);
        Element suite = doc.getDocumentElement();
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals(List.of("01 create job", "02 read <job> & \"more\"", "03 broken"), ReportXml.caseNames(doc));
        assertEquals(1, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("error").getLength());
    }
}

package mcfpipe.tester.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes results as a JUnit XML report (one testsuite), the format CI systems read. */
public final class JUnitXmlReport {
    public static final String SUITE = "mcfpipe-api-tester";
    public static final String CLASS_NAME = "mcfpipe.tester.ApiPlan";

    private JUnitXmlReport() {}

    public static void write(Path file, List<CaseResult> results, Instant started, Map<String, String> properties)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            writeSuite(xml, results, started, properties);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeSuite(XMLStreamWriter xml, List<CaseResult> results, Instant started,
            Map<String, String> properties) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", SUITE);
        xml.writeAttribute("tests", Integer.toString(results.size()));
        xml.writeAttribute("failures", Long.toString(count(results, Outcome.FAILED)));
        xml.writeAttribute("errors", Long.toString(count(results, Outcome.ERROR)));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(results.stream().map(CaseResult::duration).reduce(Duration.ZERO, Duration::plus)));
        xml.writeAttribute("timestamp", DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(started.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        xml.writeCharacters("\n");
        xml.writeStartElement("properties");
        for (Map.Entry<String, String> p : properties.entrySet()) {
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", p.getKey());
            xml.writeAttribute("value", XmlText.clean(p.getValue()));
        }
        xml.writeEndElement();
        for (CaseResult r : results) {
            xml.writeCharacters("\n");
            writeCase(xml, r);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeCase(XMLStreamWriter xml, CaseResult r) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", CLASS_NAME);
        xml.writeAttribute("name", XmlText.clean(r.label()));
        xml.writeAttribute("time", seconds(r.duration()));
        if (!r.passed()) {
            xml.writeStartElement(r.outcome() == Outcome.ERROR ? "error" : "failure");
            xml.writeAttribute("message", XmlText.clean(r.message()));
            xml.writeAttribute("type", r.outcome() == Outcome.ERROR ? "error" : "failure");
            xml.writeCharacters(XmlText.clean(r.message()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static long count(List<CaseResult> results, Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }
}

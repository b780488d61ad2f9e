package mcfpipe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mcfpipe.jobdb.LocalContext;
import mcfpipe.mcfparse.ParsePagesHandler;
import mcfpipe.mcfparse.ParseStats;
import mcfpipe.storage.Json;
import mcfpipe.storage.raw.PageMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dead letter is saved with why it died, so the file alone says what to fix. */
class DeadLettersTest {

    @Test
    void eachDeadLetterIsSavedWithItsLastError(@TempDir Path dir) throws Exception {
        try (LocalCloud cloud = LocalCloud.start(null, 1)) {
            String body = new PageMessage(LocalCloud.BUCKET, "raw/job/never-stored.html").toJson();
            cloud.sqs.sendMessage(b -> b.queueUrl(cloud.queueUrl).messageBody(body));
            ParseStats stats = new ParseStats();
            new QueueDrainer(cloud.sqs, cloud.queueUrl).drain(new ParsePagesHandler(cloud.s3, cloud.store, stats),
                    new LocalContext("test"), java.time.Duration.ofMinutes(1));

            Path file = dir.resolve("dead-letters.jsonl");
            assertEquals(1, DeadLetters.moveToFile(cloud.sqs, cloud.dlqUrl, file, stats.lastErrorByBody::get, moved -> { }));
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals(1, lines.size());
            JsonNode line = Json.mapper().readTree(lines.get(0));
            assertEquals(body, line.get("body").asText());
            assertTrue(line.get("error").asText().contains("raw/job/never-stored.html"), line.toString());
            assertTrue(line.get("error").asText().contains("does not exist"), line.toString());
        }
    }
}

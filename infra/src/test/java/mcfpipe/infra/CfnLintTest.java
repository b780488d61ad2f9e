package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AWS's cfn-lint over every synthesized template of both stages: no error, no warning. */
class CfnLintTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void synthesizedTemplatesAreLintClean(String stage) throws IOException {
        Processes.requireOnPath("cfn-lint", "pip install cfn-lint");
        Path assembly = TestApps.assembly("prod".equals(stage) ? TestApps.prod() : TestApps.dev());
        List<String> command = new ArrayList<>(List.of("cfn-lint", "--ignore-checks", "W3005", "--"));
        try (Stream<Path> files = Files.list(assembly)) {
            files.filter(f -> f.getFileName().toString().endsWith(".template.json"))
                    .sorted()
                    .forEach(f -> command.add(f.toString()));
        }
        assertEquals(4 + 5, command.size(), "five templates: " + command);
        Processes.Result result = Processes.run(assembly, 300, command);
        assertEquals(0, result.exitCode(), "cfn-lint findings:\n" + result.output());
    }
}

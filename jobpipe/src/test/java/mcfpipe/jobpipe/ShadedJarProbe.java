package mcfpipe.jobpipe;

import java.util.Map;

/**
 * Run by {@link JarIT} in a child JVM whose classpath is the shaded Lambda jar (plus this class): builds the
 * handler with Lambda's no-argument constructor, as the runtime does, and prints what a scheduled run answers.
 */
public final class ShadedJarProbe {
    private ShadedJarProbe() {}

    public static void main(String[] args) {
        System.out.println(new ReportHandler().handleRequest(Map.of("source", "aws.events"), null));
    }
}

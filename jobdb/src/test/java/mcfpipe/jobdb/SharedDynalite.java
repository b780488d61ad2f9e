package mcfpipe.jobdb;

import mcfpipe.standins.Dynalite;

/**
 * One in-memory dynalite for the whole test JVM, started on first use and stopped when the JVM exits.
 * Test classes keep apart by table prefix, not by server, so the suite pays dynalite's start once.
 */
final class SharedDynalite {
    private static Dynalite dynalite;

    private SharedDynalite() {}

    static synchronized String endpoint() {
        if (dynalite == null) {
            Dynalite started = Dynalite.start(null);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "dynalite-stop"));
            dynalite = started;
        }
        return dynalite.endpoint();
    }
}

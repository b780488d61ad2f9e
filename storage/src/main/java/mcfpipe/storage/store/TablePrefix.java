package mcfpipe.storage.store;

import java.util.Map;

/** Deployed table names are {@code <stage>_mcfpipe_<table>}; every handler and task finds its prefix here. */
public final class TablePrefix {
    private TablePrefix() {}

    public static final String DEFAULT_STAGE = "dev";

    /** MCFPIPE_TABLE_PREFIX when set, else {@code <MCFPIPE_STAGE>_mcfpipe_} (stage default dev). */
    public static String fromEnvironment(Map<String, String> env) {
        String prefix = env.get("MCFPIPE_TABLE_PREFIX");
        if (prefix != null) return prefix;
        return forStage(stage(env));
    }

    public static String stage(Map<String, String> env) {
        String stage = env.get("MCFPIPE_STAGE");
        return stage == null || stage.isBlank() ? DEFAULT_STAGE : stage;
    }

    public static String forStage(String stage) {
        return stage + "_mcfpipe_";
    }
}

package mcfpipe.jobdb;

import java.util.List;

/**
 * A method and a path pattern such as {@code /{table}/{id}} or {@code /{table}/batch}; literal segments
 * match exactly, {@code {name}} segments match any one segment.
 */
record Route(String method, List<String> pattern, Action action) {

    @FunctionalInterface
    interface Action {
        ApiResponse handle(ApiRequest request);
    }

    static Route of(String method, String path, Action action) {
        List<String> parts = path.equals("/") ? List.of() : List.of(path.substring(1).split("/"));
        return new Route(method, parts, action);
    }

    boolean matchesPath(List<String> segments) {
        if (segments.size() != pattern.size()) return false;
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (!isVariable(p) && !p.equals(segments.get(i))) return false;
        }
        return true;
    }

    /** Literal segments outrank variables, so {@code /job/batch} is the batch route, not the item "batch". */
    int literalCount() {
        int n = 0;
        for (String p : pattern) if (!isVariable(p)) n++;
        return n;
    }

    private static boolean isVariable(String p) {
        return p.startsWith("{") && p.endsWith("}");
    }
}

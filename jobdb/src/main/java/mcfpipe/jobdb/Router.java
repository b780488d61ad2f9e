package mcfpipe.jobdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the route for a request. Among the patterns that fit the path, the most literal one wins; if it
 * does not take the request's method the answer is 405 with an Allow header, and if no pattern fits, 404.
 */
final class Router {
    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String path, Route.Action action) {
        routes.add(Route.of(method, path, action));
        return this;
    }

    ApiResponse dispatch(ApiRequest request) {
        int best = -1;
        for (Route r : routes) {
            if (r.matchesPath(request.segments())) best = Math.max(best, r.literalCount());
        }
        if (best < 0) {
            throw new ApiException(404, "no_route", "no route for path /" + String.join("/", request.segments()), null);
        }
        TreeSet<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            if (r.literalCount() != best || !r.matchesPath(request.segments())) continue;
            if (r.method().equals(request.method())) return r.action().handle(request);
            allowed.add(r.method());
        }
        String allow = String.join(", ", allowed);
        ApiResponse denied = Errors.response(new ApiException(405, "method_not_allowed",
                "method " + request.method() + " is not allowed here; allowed: " + allow, null));
        return new ApiResponse(405, denied.body(), Map.of("Allow", allow));
    }
}

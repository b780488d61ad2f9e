package mcfpipe.tester.http;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Adds authentication headers to a request just before it is sent. */
public interface RequestSigner {
    /**
     * Returns the headers to add.
     *
     * @param headers the headers the request already carries (they may be covered by the signature)
     * @param body the exact bytes that will be sent, or null for none
     */
    Map<String, List<String>> sign(String method, URI uri, Map<String, String> headers, byte[] body);

    /** For a local API, which takes unsigned requests. */
    static RequestSigner none() {
        return (method, uri, headers, body) -> Map.of();
    }
}

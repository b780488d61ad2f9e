package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import mcfpipe.storage.Json;
import mcfpipe.storage.validate.StorageException;

/** Turns refusals into the API's error body: {"error": {"code", "message", "field"}}. */
final class Errors {
    private Errors() {}

    static ApiResponse response(ApiException e) {
        ObjectNode error = Json.mapper().createObjectNode();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        if (e.field() == null) error.putNull("field");
        else error.put("field", e.field());
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("error", error);
        return ApiResponse.of(e.status(), body);
    }

    /** Each storage rule knows its status: unknown table or item 404, conflict 409, too large 413, other rules 400. */
    static ApiException fromStorage(StorageException e) {
        return new ApiException(e.httpStatus(), e.code(), e.getMessage(), e.field());
    }
}

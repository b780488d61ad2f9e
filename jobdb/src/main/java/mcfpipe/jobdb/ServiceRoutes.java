package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;

/** GET /: what this service is and which tables it serves. */
final class ServiceRoutes {
    static final String SERVICE = "mcfpipe-jobdb";
    static final String VERSION = "0.1.0";

    private final Schema schema;
    private final String stage;

    ServiceRoutes(Schema schema, String stage) {
        this.schema = schema;
        this.stage = stage;
    }

    ApiResponse describe(ApiRequest request) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("service", SERVICE);
        body.put("version", VERSION);
        body.put("stage", stage);
        ArrayNode tables = body.putArray("tables");
        for (TableDef t : schema.tables()) tables.add(t.name());
        return ApiResponse.of(200, body);
    }
}

package mcfpipe.jobpipe.etl;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import mcfpipe.storage.schema.DataType;

/**
 * How a value of a schema column is stored in SQLite: text as TEXT, whole numbers as INTEGER and other
 * numbers as REAL (so sums and comparisons work without casts), booleans as 0/1, and string lists as
 * their JSON array text (readable, and SQLite's json_each() can unnest it).
 */
final class SqlValues {
    private SqlValues() {}

    /** The SQLite column type of a schema type. */
    static String sqlType(DataType type) {
        return switch (type) {
            case STRING, STRING_LIST -> "TEXT";
            case NUMBER -> "NUMERIC";
            case BOOLEAN -> "INTEGER";
        };
    }

    static void bind(PreparedStatement statement, int index, DataType type, JsonNode value) throws SQLException {
        if (value == null || value.isNull() || value.isMissingNode()) {
            statement.setNull(index, Types.NULL);
            return;
        }
        switch (type) {
            case STRING -> statement.setString(index, value.asText());
            case STRING_LIST -> statement.setString(index, value.isArray() ? value.toString() : value.asText());
            case BOOLEAN -> statement.setInt(index, value.asBoolean() ? 1 : 0);
            case NUMBER -> bindNumber(statement, index, value.decimalValue());
        }
    }

    private static void bindNumber(PreparedStatement statement, int index, BigDecimal number) throws SQLException {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
            statement.setLong(index, stripped.longValueExact());
        } else {
            statement.setDouble(index, number.doubleValue());
        }
    }
}

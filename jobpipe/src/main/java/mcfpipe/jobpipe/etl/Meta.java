package mcfpipe.jobpipe.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The {@code meta} table of the analysis file: one text value per name. It keeps what the next run needs
 * (the watermark per source table, the schema fingerprint) and what a reader may want to know (when and how
 * the file was last built).
 */
final class Meta {
    static final String TABLE = "meta";
    static final String FINGERPRINT = "schema_fingerprint";
    static final String BUILT_AT = "built_at";
    static final String LAST_RUN_AT = "last_run_at";
    static final String LAST_RUN_MODE = "last_run_mode";
    static final String REPORT_DATE = "report_date";

    private final Connection db;

    Meta(Connection db) {
        this.db = db;
    }

    static String watermarkKey(String sourceTable) {
        return "watermark." + sourceTable;
    }

    void create() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (name TEXT PRIMARY KEY, value TEXT)");
        }
    }

    /** Empty when the file has no meta table (not made by this ETL) or no such entry. */
    Optional<String> get(String name) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + TABLE + "'")) {
            if (!r.next() || r.getInt(1) == 0) return Optional.empty();
        }
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM " + TABLE + " WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    void put(String name, String value) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO " + TABLE + " (name, value) VALUES (?, ?)")) {
            p.setString(1, name);
            p.setString(2, value);
            p.executeUpdate();
        }
    }
}

package mcfpipe.jobpipe;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mcfpipe.jobpipe.etl.SqliteFile;

/** Reads rows of the analysis file over JDBC as plain lists (whole numbers as Long), for exact assertions. */
final class Rows {
    private Rows() {}

    static List<List<Object>> query(Path file, String sql) {
        try (Connection db = SqliteFile.openReadOnly(file); Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object v = r.getObject(c);
                    row.add(v instanceof Integer i ? Long.valueOf(i) : v);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    static Object single(Path file, String sql) {
        List<List<Object>> rows = query(file, sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) throw new IllegalStateException("not one value: " + rows);
        return rows.get(0).get(0);
    }

    /** A row as written in a test: ints become Long so they compare equal to what JDBC returns. */
    static List<Object> row(Object... values) {
        return Arrays.stream(values).map(v -> v instanceof Integer i ? (Object) Long.valueOf(i) : v).toList();
    }
}

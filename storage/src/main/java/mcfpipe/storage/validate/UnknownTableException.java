package mcfpipe.storage.validate;

/** A table name that the schema does not define. */
public class UnknownTableException extends NotFoundException {
    public static final String UNKNOWN_TABLE = "unknown_table";

    private final String table;

    public UnknownTableException(String table) {
        super(UNKNOWN_TABLE, "table", "table '" + table + "' does not exist");
        this.table = table;
    }

    public String table() {
        return table;
    }
}

package mcfpipe.storage.schema;

/** One column: its name, type, whether it may be missing, and its date format (null when not a date). */
public record ColumnDef(String name, DataType type, boolean nullable, DateFormat dateFormat) {
}

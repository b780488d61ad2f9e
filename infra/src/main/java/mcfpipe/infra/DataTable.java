package mcfpipe.infra;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;

/**
 * A deployed table of the schema with the names of its indexes, so grants name the table and each index
 * ARN one by one instead of {@code table/index/*}.
 */
public record DataTable(String schemaName, ITable table, List<String> indexNames) {

    public DataTable {
        indexNames = List.copyOf(indexNames);
    }

    /** The table's ARN and one ARN per secondary index. */
    public List<String> arns() {
        List<String> arns = new ArrayList<>();
        arns.add(table.getTableArn());
        for (String index : indexNames) {
            arns.add(Fn.join("", List.of(table.getTableArn(), "/index/", index)));
        }
        return arns;
    }

    /** Allows exactly these DynamoDB actions on the table alone (item reads and writes, scans of the table). */
    public Grant grantOnTable(IGrantable grantee, List<String> actions) {
        return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(actions)
                .resourceArns(List.of(table.getTableArn()))
                .build());
    }

    /** Allows Query on these indexes of the table only (not on the table's own key, nor on other indexes). */
    public Grant grantQuery(IGrantable grantee, List<String> indexes) {
        List<String> arns = new ArrayList<>();
        for (String index : indexes) {
            if (!indexNames.contains(index)) {
                throw new IllegalArgumentException("table '" + schemaName + "' has no index '" + index + "'; it has "
                        + indexNames);
            }
            arns.add(Fn.join("", List.of(table.getTableArn(), "/index/", index)));
        }
        return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(List.of("dynamodb:Query"))
                .resourceArns(arns)
                .build());
    }

    /** Allows exactly these DynamoDB actions on this table and its indexes. */
    public Grant grant(IGrantable grantee, List<String> actions) {
        return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(actions)
                .resourceArns(arns())
                .build());
    }
}

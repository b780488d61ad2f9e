package mcfpipe.infra;

import java.util.regex.Pattern;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * The deployment stage (dev or prod): it names every stack and table, and decides what survives a
 * {@code cdk destroy}.
 */
public final class Stage {
    private static final Pattern NAME = Pattern.compile("dev|prod");

    private final String name;

    private Stage(String name) {
        this.name = name;
    }

    public static Stage of(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("stage must be dev or prod, got '" + name + "' (-c stage=dev|prod)");
        }
        return new Stage(name);
    }

    public String name() {
        return name;
    }

    public boolean isProd() {
        return "prod".equals(name);
    }

    /** {@code <stage>-mcfpipe-<layer>}: the CloudFormation stack name, also the id given to {@code cdk deploy}. */
    public String stackName(String layer) {
        return name + "-mcfpipe-" + layer;
    }

    /** {@code <stage>_mcfpipe_<table>}: what the Lambdas derive from MCFPIPE_STAGE. */
    public String tableName(String table) {
        return name + "_mcfpipe_" + table;
    }

    /** {@code <stage>-mcfpipe-<what>}: names of other named resources (API, cluster, log groups). */
    public String resourceName(String what) {
        return name + "-mcfpipe-" + what;
    }

    /** Data (tables, buckets, logs) is kept in prod when its stack goes; dev cleans up after itself. */
    public RemovalPolicy dataRemovalPolicy() {
        return isProd() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    }

    public RetentionDays logRetention() {
        return isProd() ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS;
    }

    @Override
    public String toString() {
        return name;
    }
}

package mcfpipe.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;

/** What the database stack is built from: the network's VPC and private group, the schema and the API jar. */
public interface DatabaseStackProps extends StackProps {

    Stage getStage();

    IVpc getVpc();

    SubnetSelection getPrivateSubnets();

    ISecurityGroup getLambdaSecurityGroup();

    /** The tables of storage/db_schema.json. */
    List<TableSchema> getTables();

    /** jobdb/target/jobdb-lambda.jar (or a stand-in in tests). */
    Path getApiJar();

    /** Put a WAF web ACL (request size limit) in front of the API. */
    boolean isApiFirewall();

    @Override
    default String getStackName() {
        return getStage().stackName("database");
    }

    @Override
    default String getDescription() {
        return "mcfpipe " + getStage() + ": DynamoDB tables of db_schema.json and the IAM-authorised Database API";
    }

    @Override
    default Boolean getTerminationProtection() {
        return getStage().isProd();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder {
        private Stage stage;
        private IVpc vpc;
        private SubnetSelection privateSubnets;
        private ISecurityGroup lambdaSecurityGroup;
        private List<TableSchema> tables;
        private Path apiJar;
        private boolean apiFirewall = true;

        public Builder stage(Stage value) {
            stage = value;
            return this;
        }

        public Builder vpc(IVpc value) {
            vpc = value;
            return this;
        }

        public Builder privateSubnets(SubnetSelection value) {
            privateSubnets = value;
            return this;
        }

        public Builder lambdaSecurityGroup(ISecurityGroup value) {
            lambdaSecurityGroup = value;
            return this;
        }

        public Builder tables(List<TableSchema> value) {
            tables = List.copyOf(value);
            return this;
        }

        public Builder apiJar(Path value) {
            apiJar = value;
            return this;
        }

        public Builder apiFirewall(boolean value) {
            apiFirewall = value;
            return this;
        }

        public DatabaseStackProps build() {
            Stage s = Objects.requireNonNull(stage, "stage");
            IVpc v = Objects.requireNonNull(vpc, "vpc");
            SubnetSelection subnets = Objects.requireNonNull(privateSubnets, "privateSubnets");
            ISecurityGroup sg = Objects.requireNonNull(lambdaSecurityGroup, "lambdaSecurityGroup");
            List<TableSchema> t = Objects.requireNonNull(tables, "tables");
            Path jar = Objects.requireNonNull(apiJar, "apiJar");
            boolean firewall = apiFirewall;
            return new DatabaseStackProps() {
                public Stage getStage() {
                    return s;
                }

                public IVpc getVpc() {
                    return v;
                }

                public SubnetSelection getPrivateSubnets() {
                    return subnets;
                }

                public ISecurityGroup getLambdaSecurityGroup() {
                    return sg;
                }

                public List<TableSchema> getTables() {
                    return t;
                }

                public Path getApiJar() {
                    return jar;
                }

                public boolean isApiFirewall() {
                    return firewall;
                }
            };
        }
    }
}

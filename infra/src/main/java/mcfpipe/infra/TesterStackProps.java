package mcfpipe.infra;

import java.nio.file.Path;
import java.util.Objects;

import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;

/** What the tester stack is built from: where its task runs and the API it tests. */
public interface TesterStackProps extends StackProps {

    Stage getStage();

    IVpc getVpc();

    SubnetSelection getPublicSubnets();

    ISecurityGroup getTaskSecurityGroup();

    /** The Database API of the same stage. */
    DatabaseApi getApi();

    /** The Docker build context holding the tester's Dockerfile (tester/). */
    Path getTesterImageContext();

    @Override
    default String getStackName() {
        return getStage().stackName("tester");
    }

    @Override
    default String getDescription() {
        return "mcfpipe " + getStage() + ": the API tester as a Fargate task, allowed to invoke the Database API";
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder {
        private Stage stage;
        private IVpc vpc;
        private SubnetSelection publicSubnets;
        private ISecurityGroup taskSecurityGroup;
        private DatabaseApi api;
        private Path testerImageContext;

        public Builder stage(Stage v) {
            stage = v;
            return this;
        }

        public Builder vpc(IVpc v) {
            vpc = v;
            return this;
        }

        public Builder publicSubnets(SubnetSelection v) {
            publicSubnets = v;
            return this;
        }

        public Builder taskSecurityGroup(ISecurityGroup v) {
            taskSecurityGroup = v;
            return this;
        }

        public Builder api(DatabaseApi v) {
            api = v;
            return this;
        }

        public Builder testerImageContext(Path v) {
            testerImageContext = v;
            return this;
        }

        public TesterStackProps build() {
            Stage s = Objects.requireNonNull(stage, "stage");
            IVpc v = Objects.requireNonNull(vpc, "vpc");
            SubnetSelection pub = Objects.requireNonNull(publicSubnets, "publicSubnets");
            ISecurityGroup sg = Objects.requireNonNull(taskSecurityGroup, "taskSecurityGroup");
            DatabaseApi a = Objects.requireNonNull(api, "api");
            Path image = Objects.requireNonNull(testerImageContext, "testerImageContext");
            return new TesterStackProps() {
                public Stage getStage() {
                    return s;
                }

                public IVpc getVpc() {
                    return v;
                }

                public SubnetSelection getPublicSubnets() {
                    return pub;
                }

                public ISecurityGroup getTaskSecurityGroup() {
                    return sg;
                }

                public DatabaseApi getApi() {
                    return a;
                }

                public Path getTesterImageContext() {
                    return image;
                }
            };
        }
    }
}

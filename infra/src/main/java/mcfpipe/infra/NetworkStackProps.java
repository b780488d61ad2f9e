package mcfpipe.infra;

import java.util.Objects;
import java.util.Optional;

import software.amazon.awscdk.StackProps;

/** What the network stack is built from: the stage and, optionally, the one CIDR that may reach SSH. */
public interface NetworkStackProps extends StackProps {

    Stage getStage();

    /** An admin CIDR (e.g. your office /32) for SSH; empty means no SSH anywhere. Never 0.0.0.0/0. */
    Optional<String> getSshCidr();

    @Override
    default String getStackName() {
        return getStage().stackName("network");
    }

    @Override
    default String getDescription() {
        return "mcfpipe " + getStage() + ": VPC over two AZs, no NAT, gateway endpoints, security groups, flow logs";
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder {
        private Stage stage;
        private String sshCidr;

        public Builder stage(Stage value) {
            this.stage = value;
            return this;
        }

        public Builder sshCidr(String value) {
            this.sshCidr = value;
            return this;
        }

        public NetworkStackProps build() {
            Stage s = Objects.requireNonNull(stage, "stage");
            Optional<String> cidr = Optional.ofNullable(sshCidr).filter(c -> !c.isBlank());
            return new NetworkStackProps() {
                @Override
                public Stage getStage() {
                    return s;
                }

                @Override
                public Optional<String> getSshCidr() {
                    return cidr;
                }
            };
        }
    }
}

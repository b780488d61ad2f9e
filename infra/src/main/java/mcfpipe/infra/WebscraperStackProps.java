package mcfpipe.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;

/** What the webscraper stack is built from: network pieces, the tables it touches, the jar and the image. */
public interface WebscraperStackProps extends StackProps {

    Stage getStage();

    IVpc getVpc();

    SubnetSelection getPrivateSubnets();

    SubnetSelection getPublicSubnets();

    ISecurityGroup getLambdaSecurityGroup();

    ISecurityGroup getTaskSecurityGroup();

    /** Written by the parser. */
    DataTable getJobTable();

    /** Written by the parser. */
    DataTable getJobSearchTable();

    /** Read by the scraper: what to search. */
    DataTable getSearchConfigTable();

    /** Read by the scraper: whose search it is. */
    DataTable getTrackTable();

    /** mcfparse/target/mcfparse-lambda.jar (or a stand-in in tests). */
    Path getParserJar();

    /** The Docker build context holding the scraper's Dockerfile (mcfscrape/). */
    Path getScraperImageContext();

    /** One scheduled task per entry; empty: one task that scrapes every search config. */
    List<SearchTarget> getSearches();

    @Override
    default String getStackName() {
        return getStage().stackName("webscraper");
    }

    @Override
    default String getDescription() {
        return "mcfpipe " + getStage() + ": raw-pages bucket, pages queue + DLQ, parser Lambda, scraper Fargate"
                + " task and its daily schedule";
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder {
        private Stage stage;
        private IVpc vpc;
        private SubnetSelection privateSubnets;
        private SubnetSelection publicSubnets;
        private ISecurityGroup lambdaSecurityGroup;
        private ISecurityGroup taskSecurityGroup;
        private DataTable jobTable;
        private DataTable jobSearchTable;
        private DataTable searchConfigTable;
        private DataTable trackTable;
        private Path parserJar;
        private Path scraperImageContext;
        private List<SearchTarget> searches = List.of();

        public Builder stage(Stage v) {
            stage = v;
            return this;
        }

        public Builder vpc(IVpc v) {
            vpc = v;
            return this;
        }

        public Builder privateSubnets(SubnetSelection v) {
            privateSubnets = v;
            return this;
        }

        public Builder publicSubnets(SubnetSelection v) {
            publicSubnets = v;
            return this;
        }

        public Builder lambdaSecurityGroup(ISecurityGroup v) {
            lambdaSecurityGroup = v;
            return this;
        }

        public Builder taskSecurityGroup(ISecurityGroup v) {
            taskSecurityGroup = v;
            return this;
        }

        public Builder jobTable(DataTable v) {
            jobTable = v;
            return this;
        }

        public Builder jobSearchTable(DataTable v) {
            jobSearchTable = v;
            return this;
        }

        public Builder searchConfigTable(DataTable v) {
            searchConfigTable = v;
            return this;
        }

        public Builder trackTable(DataTable v) {
            trackTable = v;
            return this;
        }

        public Builder parserJar(Path v) {
            parserJar = v;
            return this;
        }

        public Builder scraperImageContext(Path v) {
            scraperImageContext = v;
            return this;
        }

        public Builder searches(List<SearchTarget> v) {
            searches = List.copyOf(v);
            return this;
        }

        public WebscraperStackProps build() {
            Stage s = Objects.requireNonNull(stage, "stage");
            IVpc v = Objects.requireNonNull(vpc, "vpc");
            SubnetSelection priv = Objects.requireNonNull(privateSubnets, "privateSubnets");
            SubnetSelection pub = Objects.requireNonNull(publicSubnets, "publicSubnets");
            ISecurityGroup lambdaSg = Objects.requireNonNull(lambdaSecurityGroup, "lambdaSecurityGroup");
            ISecurityGroup taskSg = Objects.requireNonNull(taskSecurityGroup, "taskSecurityGroup");
            DataTable job = Objects.requireNonNull(jobTable, "jobTable");
            DataTable jobSearch = Objects.requireNonNull(jobSearchTable, "jobSearchTable");
            DataTable searchConfig = Objects.requireNonNull(searchConfigTable, "searchConfigTable");
            DataTable track = Objects.requireNonNull(trackTable, "trackTable");
            Path jar = Objects.requireNonNull(parserJar, "parserJar");
            Path image = Objects.requireNonNull(scraperImageContext, "scraperImageContext");
            List<SearchTarget> targets = searches;
            return new WebscraperStackProps() {
                public Stage getStage() {
                    return s;
                }

                public IVpc getVpc() {
                    return v;
                }

                public SubnetSelection getPrivateSubnets() {
                    return priv;
                }

                public SubnetSelection getPublicSubnets() {
                    return pub;
                }

                public ISecurityGroup getLambdaSecurityGroup() {
                    return lambdaSg;
                }

                public ISecurityGroup getTaskSecurityGroup() {
                    return taskSg;
                }

                public DataTable getJobTable() {
                    return job;
                }

                public DataTable getJobSearchTable() {
                    return jobSearch;
                }

                public DataTable getSearchConfigTable() {
                    return searchConfig;
                }

                public DataTable getTrackTable() {
                    return track;
                }

                public Path getParserJar() {
                    return jar;
                }

                public Path getScraperImageContext() {
                    return image;
                }

                public List<SearchTarget> getSearches() {
                    return targets;
                }
            };
        }
    }
}

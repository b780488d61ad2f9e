package mcfpipe.infra;

import java.nio.file.Path;
import java.util.Objects;

import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * What the pipeline stack is built from: where its Lambdas run, the tables the recommender and the report touch,
 * the bucket the report goes to, and the two jars.
 */
public interface PipelineStackProps extends StackProps {

    Stage getStage();

    IVpc getVpc();

    SubnetSelection getPrivateSubnets();

    ISecurityGroup getLambdaSecurityGroup();

    /** Read by the recommender: every user is matched (a full scan). */
    DataTable getUserTable();

    /** Read by the recommender: the keyword libraries. */
    DataTable getKeywordTable();

    /** Read by both: a user's tracks (recommender), the whole table (report). */
    DataTable getTrackTable();

    /** Read by both: a track's search settings and screen. */
    DataTable getSearchConfigTable();

    /** Read by both: the jobs being scored and reported. */
    DataTable getJobTable();

    /** Read by both; the recommender sets each row's best track. */
    DataTable getJobSearchTable();

    /** Read by both; written by the recommender. */
    DataTable getTrackScoreTable();

    /** Read by the report; the recommender moves leads to SCREENED. */
    DataTable getCrmStatusTable();

    /** The webscraper's raw-pages bucket: the report goes under its {@code reports/} prefix. */
    IBucket getReportBucket();

    /** jobmatch/target/jobmatch-lambda.jar (or a stand-in in tests). */
    Path getMatchJar();

    /** jobpipe/target/jobpipe-lambda.jar (or a stand-in in tests). */
    Path getReportJar();

    @Override
    default String getStackName() {
        return getStage().stackName("pipeline");
    }

    @Override
    default String getDescription() {
        return "mcfpipe " + getStage() + ": recommender Lambda (match queue + DLQ, daily schedule) and report Lambda"
                + " (daily SQLite + report.html to S3)";
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder {
        private Stage stage;
        private IVpc vpc;
        private SubnetSelection privateSubnets;
        private ISecurityGroup lambdaSecurityGroup;
        private DataTable userTable;
        private DataTable keywordTable;
        private DataTable trackTable;
        private DataTable searchConfigTable;
        private DataTable jobTable;
        private DataTable jobSearchTable;
        private DataTable trackScoreTable;
        private DataTable crmStatusTable;
        private IBucket reportBucket;
        private Path matchJar;
        private Path reportJar;

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

        public Builder lambdaSecurityGroup(ISecurityGroup v) {
            lambdaSecurityGroup = v;
            return this;
        }

        public Builder userTable(DataTable v) {
            userTable = v;
            return this;
        }

        public Builder keywordTable(DataTable v) {
            keywordTable = v;
            return this;
        }

        public Builder trackTable(DataTable v) {
            trackTable = v;
            return this;
        }

        public Builder searchConfigTable(DataTable v) {
            searchConfigTable = v;
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

        public Builder trackScoreTable(DataTable v) {
            trackScoreTable = v;
            return this;
        }

        public Builder crmStatusTable(DataTable v) {
            crmStatusTable = v;
            return this;
        }

        public Builder reportBucket(IBucket v) {
            reportBucket = v;
            return this;
        }

        public Builder matchJar(Path v) {
            matchJar = v;
            return this;
        }

        public Builder reportJar(Path v) {
            reportJar = v;
            return this;
        }

        public PipelineStackProps build() {
            Stage s = Objects.requireNonNull(stage, "stage");
            IVpc v = Objects.requireNonNull(vpc, "vpc");
            SubnetSelection priv = Objects.requireNonNull(privateSubnets, "privateSubnets");
            ISecurityGroup sg = Objects.requireNonNull(lambdaSecurityGroup, "lambdaSecurityGroup");
            DataTable user = Objects.requireNonNull(userTable, "userTable");
            DataTable keyword = Objects.requireNonNull(keywordTable, "keywordTable");
            DataTable track = Objects.requireNonNull(trackTable, "trackTable");
            DataTable searchConfig = Objects.requireNonNull(searchConfigTable, "searchConfigTable");
            DataTable job = Objects.requireNonNull(jobTable, "jobTable");
            DataTable jobSearch = Objects.requireNonNull(jobSearchTable, "jobSearchTable");
            DataTable trackScore = Objects.requireNonNull(trackScoreTable, "trackScoreTable");
            DataTable crmStatus = Objects.requireNonNull(crmStatusTable, "crmStatusTable");
            IBucket bucket = Objects.requireNonNull(reportBucket, "reportBucket");
            Path match = Objects.requireNonNull(matchJar, "matchJar");
            Path report = Objects.requireNonNull(reportJar, "reportJar");
            return new PipelineStackProps() {
                public Stage getStage() {
                    return s;
                }

                public IVpc getVpc() {
                    return v;
                }

                public SubnetSelection getPrivateSubnets() {
                    return priv;
                }

                public ISecurityGroup getLambdaSecurityGroup() {
                    return sg;
                }

                public DataTable getUserTable() {
                    return user;
                }

                public DataTable getKeywordTable() {
                    return keyword;
                }

                public DataTable getTrackTable() {
                    return track;
                }

                public DataTable getSearchConfigTable() {
                    return searchConfig;
                }

                public DataTable getJobTable() {
                    return job;
                }

                public DataTable getJobSearchTable() {
                    return jobSearch;
                }

                public DataTable getTrackScoreTable() {
                    return trackScore;
                }

                public DataTable getCrmStatusTable() {
                    return crmStatus;
                }

                public IBucket getReportBucket() {
                    return bucket;
                }

                public Path getMatchJar() {
                    return match;
                }

                public Path getReportJar() {
                    return report;
                }
            };
        }
    }
}

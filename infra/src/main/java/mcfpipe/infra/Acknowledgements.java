package mcfpipe.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;

/** cdk-nag acknowledgements shared by the stacks that run Fargate tasks, each with its reason. */
final class Acknowledgements {
    private Acknowledgements() {
    }

    /**
     * A Fargate task: its environment holds names and URLs only, its execution role needs the one ECR action
     * that takes no resource, and its task role's one wildcard (given) is explained by the caller.
     */
    static void fargateTask(FargateTaskDefinition task, Object wildcard, String wildcardReason) {
        NagSuppressions.addResourceSuppressions(task, List.of(
                NagPackSuppression.builder().id("AwsSolutions-ECS2")
                        .reason("the environment holds resource names, URLs and the stage, no secrets; they are"
                                + " CloudFormation references resolved at deploy time")
                        .build(),
                NagPackSuppression.builder().id("AwsSolutions-IAM5")
                        .reason("ecr:GetAuthorizationToken accepts only Resource *; image pulls are limited to the"
                                + " CDK asset repository, and log writes to the task's own log group")
                        .appliesTo(List.of("Resource::*"))
                        .build(),
                NagPackSuppression.builder().id("AwsSolutions-IAM5")
                        .reason(wildcardReason)
                        .appliesTo(List.of(wildcard))
                        .build()), true);
    }

    static void containerInsights(Cluster cluster) {
        NagSuppressions.addResourceSuppressions(cluster, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-ECS4")
                .reason("the cluster runs short tasks (a daily scrape, an on-demand test run); each task's log"
                        + " group and exit code say how it went, and Container Insights would bill metrics for a"
                        + " cluster that is idle most of the day")
                .build()));
    }
}

package io.enis.stacks.cli;

import io.enis.stacks.deploy.DeployException;
import io.enis.stacks.deploy.PlanSummary;
import io.enis.stacks.deploy.Preflight;
import io.enis.stacks.deploy.TerraformRunner;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.synth.StackCatalog;
import io.enis.stacks.synth.SynthReport;
import io.enis.stacks.synth.Synthesizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra plan} and {@code infra apply}: Terraform over one environment's synthesized stacks, platform first. */
final class DeployCommands {
    private DeployCommands() {}

    /** What plan and apply share: the environment, the stack filter, the synth and the preflight. */
    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        InfraCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        EnvironmentOption env;

        @Mixin
        StackOption stack;

        @Mixin
        OutputOption out;

        /** The planned stacks, in dependency order, with the runner that planned them and one summary per stack. */
        record Planned(TerraformRunner runner, List<SynthReport.StackResult> stacks, List<PlanSummary> summaries) {}

        /** Synthesizes, checks prerequisites and plans every selected stack in dependency order. */
        Planned synthAndPlan() {
            var loader = parent.environmentLoader();
            var synthesizer = new Synthesizer(loader);
            String envName = env.required(spec);
            loader.requireKnown(envName);
            StackCatalog.select(stack.name, List.of(envName));
            Preflight.awsCredentials(System.getenv(), Path.of(System.getProperty("user.home")));
            Path terraform = Preflight.terraform(System.getenv());
            SynthReport report = synthesizer.synth(envName, stack.name, out.directory());
            var runner = new TerraformRunner(terraform, spec.commandLine().getOut());
            List<PlanSummary> summaries = new ArrayList<>();
            for (SynthReport.StackResult result : report.stacks()) {
                summaries.add(runner.plan(result.id(), result.file().getParent()));
            }
            var console = spec.commandLine().getOut();
            console.println();
            summaries.forEach(summary -> console.println(summary.line()));
            console.flush();
            return new Planned(runner, report.stacks(), summaries);
        }

        Environment environment() {
            return parent.environmentLoader().load(env.required(spec));
        }
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            description = {
                "Synthesizes one environment (--env, required), then runs terraform init and plan -out=tfplan in every stack directory,",
                "platform first, with state locking; writes tfplan and plan-summary.md (markdown) next to each cdk.tf.json.",
                "Needs terraform on the PATH (or ENIS_TERRAFORM), AWS credentials, and access to the provider registry."
            },
            footer = {
                "",
                "Exit codes: 0 planned, 1 terraform failed, 2 bad input or a missing prerequisite (terraform, providers, credentials)."
            })
    static final class Plan extends Base {
        @Override
        public Integer call() {
            synthAndPlan();
            return ExitCode.OK;
        }
    }

    @Command(
            name = "apply",
            mixinStandardHelpOptions = true,
            description = {
                "Plans like 'plan' (--env required), then applies the saved plans in dependency order (platform first).",
                "Without --auto-approve it only plans and tells how to apply. An environment with delivery.confirmApply",
                "(prod) also needs --confirm-prod with --auto-approve."
            },
            footer = {
                "",
                "Exit codes: 0 applied (or planned only), 1 terraform failed, 2 bad input or a missing prerequisite."
            })
    static final class Apply extends Base {
        @Option(names = "--auto-approve", description = "Apply the plans without asking.")
        boolean autoApprove;

        @Option(
                names = "--confirm-prod",
                description = "Required with --auto-approve for environments with delivery.confirmApply (prod).")
        boolean confirmProd;

        @Override
        public Integer call() {
            if (autoApprove && environment().delivery().confirmApply() && !confirmProd) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--auto-approve on " + env.name
                                + " needs --confirm-prod as well (delivery.confirmApply is true in environments/"
                                + env.name + ".yaml)");
            }
            Planned planned = synthAndPlan();
            var console = spec.commandLine().getOut();
            if (!autoApprove) {
                console.println("planned only; re-run with --auto-approve to apply these plans");
                console.flush();
                return ExitCode.OK;
            }
            for (int i = 0; i < planned.stacks().size(); i++) {
                if (!planned.summaries().get(i).empty()) {
                    var stackResult = planned.stacks().get(i);
                    planned.runner().apply(stackResult.id(), stackResult.file().getParent());
                }
            }
            console.println("applied " + planned.stacks().size() + " stack(s) of " + env.name);
            console.flush();
            return ExitCode.OK;
        }
    }

    /** Exit code of a deploy failure: 2 for a missing prerequisite, else 1. */
    static int exitCode(DeployException e) {
        return e.missingPrerequisite() ? ExitCode.BAD_INPUT : ExitCode.FAILED;
    }
}

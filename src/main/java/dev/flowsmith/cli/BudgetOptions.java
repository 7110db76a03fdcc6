package dev.flowsmith.cli;

import dev.flowsmith.engine.run.LimitValues;
import dev.flowsmith.engine.run.RunLimits;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The run budget options {@code run}, {@code serve} and {@code test} share; each overrides the
 * workspace.json {@code budgets} value of the same name. Zero, negative and malformed values are
 * refused before anything runs (exit 2).
 */
final class BudgetOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  private @Nullable Integer maxFlowDepth;
  private @Nullable Integer maxFlows;
  private @Nullable Long maxSteps;
  private @Nullable Duration maxRunTime;
  private @Nullable Long maxChainBytes;

  @Option(names = "--max-flow-depth", paramLabel = "N",
      description = "how deep Trigger Flow operations may nest flows (default 16, at most 10,000)")
  void maxFlowDepth(String value) {
    long depth = parse("--max-flow-depth", value, LimitValues::count);
    if (depth > RunLimits.DEPTH_CEILING) {
      throw bad("--max-flow-depth", value, "must be at most " + String.format("%,d", RunLimits.DEPTH_CEILING));
    }
    maxFlowDepth = (int) depth;
  }

  @Option(names = "--max-flows", paramLabel = "N",
      description = "how many flows one run may start in all, itself included (default 1,000)")
  void maxFlows(String value) {
    maxFlows = (int) Math.min(Integer.MAX_VALUE, parse("--max-flows", value, LimitValues::count));
  }

  @Option(names = "--max-steps", paramLabel = "N",
      description = "how many operations one run may execute over all its flows (default 10,000)")
  void maxSteps(String value) {
    maxSteps = parse("--max-steps", value, LimitValues::count);
  }

  @Option(names = "--max-run-time", paramLabel = "TIME",
      description = "wall time after which no further step of the run starts: 500ms, 30s, 5m, PT1H (default 5m)")
  void maxRunTime(String value) {
    maxRunTime = parse("--max-run-time", value, LimitValues::duration);
  }

  @Option(names = "--max-chain-bytes", paramLabel = "SIZE",
      description = "total size of the values a run's steps record: 1048576, 64MB, 1GB (default 128MB)")
  void maxChainBytes(String value) {
    maxChainBytes = parse("--max-chain-bytes", value, LimitValues::bytes);
  }

  /** {@code base} (the workspace's, or the defaults) with the options given here. */
  RunLimits apply(RunLimits base) {
    RunLimits limits = base;
    if (maxFlowDepth != null) {
      limits = limits.withMaxFlowDepth(maxFlowDepth);
    }
    if (maxFlows != null) {
      limits = limits.withMaxFlows(maxFlows);
    }
    if (maxSteps != null) {
      limits = limits.withMaxSteps(maxSteps);
    }
    if (maxRunTime != null) {
      limits = limits.withMaxRunTime(maxRunTime);
    }
    if (maxChainBytes != null) {
      limits = limits.withMaxChainBytes(maxChainBytes);
    }
    return limits;
  }

  private <T> T parse(String option, String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException invalid) {
      throw bad(option, value, invalid.getMessage());
    }
  }

  private ParameterException bad(String option, String value, String why) {
    return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + why);
  }
}

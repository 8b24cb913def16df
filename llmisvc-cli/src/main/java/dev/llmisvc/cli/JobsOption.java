package dev.llmisvc.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --jobs N} option of the commands that process a fleet service by service. */
final class JobsOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "Services processed at once (default: the number of processors; 1 processes them one"
              + " after the other). The output is the same whatever N: in input order.")
  void setJobs(int n) {
    if (n < 1) {
      throw new ParameterException(
          spec.commandLine(), "--jobs: expected a number of at least 1, found " + n);
    }
    jobs = n;
  }

  int jobs() {
    return jobs;
  }
}

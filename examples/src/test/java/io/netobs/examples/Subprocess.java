package io.netobs.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program's {@code main} in a new JVM with the test's class path and the given environment,
 * as a user would from a shell: the way to test what the programs read from environment variables.
 */
final class Subprocess {
  record Result(int status, String stdout, String stderr) {}

  private Subprocess() {}

  /**
   * Runs {@code mainClass} with {@code args}. The environment is this one's without any EXTRAHOP_
   * or KENTIK_ variable (so that a developer's own settings never reach a real service), plus
   * {@code env}.
   */
  static Result run(Class<?> mainClass, Map<String, String> env, Path workDir, String... args)
      throws IOException, InterruptedException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                mainClass.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(name -> name.startsWith("EXTRAHOP_") || name.startsWith("KENTIK_"));
    builder.environment().putAll(env);
    Path stdout = workDir.resolve("stdout.txt");
    Path stderr = workDir.resolve("stderr.txt");
    builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the program did not finish in 3 minutes");
    }
    return new Result(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}

package io.netobs.examples;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.kentik.KentikClient;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One example program: its title, the service it uses, and its code, which takes a client and a
 * printer.
 */
public final class Example {
  /** The code of an ExtraHop example. */
  @FunctionalInterface
  public interface ExtraHopProgram {
    /** Runs the example; exceptions end it and are reported. */
    void run(ExtraHopClient client, Printer out, Options options) throws Exception;
  }

  /** The code of a Kentik example. */
  @FunctionalInterface
  public interface KentikProgram {
    /** Runs the example; exceptions end it and are reported. */
    void run(KentikClient client, Printer out, Options options) throws Exception;
  }

  /** The code of an example that reads one service and changes the other: it gets both clients. */
  @FunctionalInterface
  public interface BothProgram {
    /** Runs the example; exceptions end it and are reported. */
    void run(ExtraHopClient extraHop, KentikClient kentik, Printer out, Options options)
        throws Exception;
  }

  private final String title;
  private final Service service;
  private BothProgram bothProgram;
  private final Class<?> programClass;
  private final ExtraHopProgram extraHopProgram;
  private final KentikProgram kentikProgram;

  private Example(
      String title,
      Service service,
      Class<?> programClass,
      ExtraHopProgram extraHopProgram,
      KentikProgram kentikProgram) {
    this.title = Objects.requireNonNull(title, "title");
    this.service = service;
    this.programClass = Objects.requireNonNull(programClass, "programClass");
    this.extraHopProgram = extraHopProgram;
    this.kentikProgram = kentikProgram;
  }

  /** An example that uses ExtraHop. */
  public static Example extraHop(String title, Class<?> programClass, ExtraHopProgram program) {
    return new Example(
        title, Service.EXTRAHOP, programClass, Objects.requireNonNull(program, "program"), null);
  }

  /** An example that uses Kentik. */
  public static Example kentik(String title, Class<?> programClass, KentikProgram program) {
    return new Example(
        title, Service.KENTIK, programClass, null, Objects.requireNonNull(program, "program"));
  }

  /**
   * An example that reads ExtraHop and changes Kentik. Its service is Kentik (whose options decide
   * whether changes are allowed); {@link #services()} names both.
   */
  public static Example extraHopToKentik(String title, Class<?> programClass, BothProgram program) {
    Example example = new Example(title, Service.KENTIK, programClass, null, null);
    example.bothProgram = Objects.requireNonNull(program, "program");
    return example;
  }

  /** Every service it uses. */
  public Set<Service> services() {
    return bothProgram != null ? EnumSet.of(Service.EXTRAHOP, Service.KENTIK) : EnumSet.of(service);
  }

  /** The names of the services it uses, as printed: {@code ExtraHop + Kentik} for both. */
  public String serviceNames() {
    return bothProgram != null
        ? Service.EXTRAHOP.displayName() + " + " + Service.KENTIK.displayName()
        : service.displayName();
  }

  /** What the program does, e.g. "Tag every device of a subnet". */
  public String title() {
    return title;
  }

  /** The service it uses. */
  public Service service() {
    return service;
  }

  /** The class whose {@code main} runs it on its own. */
  public Class<?> programClass() {
    return programClass;
  }

  void run(Services services, Printer out, Options options) throws Exception {
    Options forTarget = services.optionsFor(service, options);
    if (bothProgram != null) {
      bothProgram.run(services.extraHop(), services.kentik(), out, forTarget);
    } else if (service == Service.EXTRAHOP) {
      extraHopProgram.run(services.extraHop(), out, forTarget);
    } else {
      kentikProgram.run(services.kentik(), out, forTarget);
    }
  }

  @Override
  public String toString() {
    return serviceNames() + ": " + title;
  }
}

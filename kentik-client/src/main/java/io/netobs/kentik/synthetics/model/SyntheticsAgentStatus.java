package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The state of a synthetics agent. A value this SDK does not know is kept as the service sent it.
 */
public final class SyntheticsAgentStatus extends ExtensibleEnum {
  /** No status given. */
  public static final SyntheticsAgentStatus UNSPECIFIED =
      new SyntheticsAgentStatus("AGENT_STATUS_UNSPECIFIED", true);

  /** The agent is authorized and runs tests. */
  public static final SyntheticsAgentStatus OK = new SyntheticsAgentStatus("AGENT_STATUS_OK", true);

  /** The agent waits to be authorized. */
  public static final SyntheticsAgentStatus WAIT =
      new SyntheticsAgentStatus("AGENT_STATUS_WAIT", true);

  /** The agent was deleted. */
  public static final SyntheticsAgentStatus DELETED =
      new SyntheticsAgentStatus("AGENT_STATUS_DELETED", true);

  private SyntheticsAgentStatus(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value} when it is known, otherwise a value that keeps it. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SyntheticsAgentStatus of(String value) {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    return switch (value) {
      case "AGENT_STATUS_UNSPECIFIED" -> UNSPECIFIED;
      case "AGENT_STATUS_OK" -> OK;
      case "AGENT_STATUS_WAIT" -> WAIT;
      case "AGENT_STATUS_DELETED" -> DELETED;
      default -> new SyntheticsAgentStatus(value, false);
    };
  }
}

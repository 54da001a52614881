package io.netobs.kentik;

import io.netobs.kentik.model.BatchStatus;
import org.jspecify.annotations.Nullable;

/**
 * How far a batch operation has come: reported after each part the server accepts, and after each
 * status poll of {@link BatchOperation#awaitCompletion(java.time.Duration)}.
 *
 * @param guid the operation's id (null only before the first part was accepted)
 * @param partsSent parts accepted by the server so far, in this run
 * @param bytesSent bytes of those parts
 * @param criteriaSent criteria (tags or populators) in those parts
 * @param deletesSent deletes in those parts
 * @param allPartsSent whether the last part (the one marked {@code complete}) was accepted
 * @param status the server's counters from the latest status poll; null while sending
 */
public record BatchProgress(
    @Nullable String guid,
    int partsSent,
    long bytesSent,
    long criteriaSent,
    long deletesSent,
    boolean allPartsSent,
    @Nullable BatchStatus status) {}

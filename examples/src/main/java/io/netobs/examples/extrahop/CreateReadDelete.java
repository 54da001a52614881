package io.netobs.examples.extrahop;

import io.netobs.examples.Example;
import io.netobs.examples.ExampleFailedException;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.request.TagCreate;
import io.netobs.http.NotFoundException;
import java.util.List;

/**
 * Creates an object, reads it, deletes it, and reads it again: the last read answers 404, which the
 * SDK throws as {@link NotFoundException}.
 */
public final class CreateReadDelete {
  /** The name of the tag created and deleted. */
  public static final String TAG_NAME = "netobs-example-lifecycle";

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHop(
          "Create, read and delete an object; the 404 as a typed exception",
          CreateReadDelete.class,
          CreateReadDelete::run);

  private CreateReadDelete() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args, "java -cp netobs-examples.jar " + CreateReadDelete.class.getName(), List.of(EXAMPLE));
  }

  /** Creates, reads and deletes a tag, then shows the 404 of reading it again. */
  public static void run(ExtraHopClient client, Printer out, Options options) {
    if (!options.changesAllowed()) {
      out.wouldDo(
          "create the tag \"%s\", read it, delete it, and read it again to show the 404", TAG_NAME);
      return;
    }
    long id = client.tags().create(TagCreate.builder().name(TAG_NAME).build());
    out.line("Created tag %d", id);

    Tag tag = client.tags().get(id);
    out.line("Read it back: id %d, name \"%s\", modified %s", tag.id(), tag.name(), tag.modTime());

    client.tags().delete(id);
    out.line("Deleted tag %d", id);

    try {
      client.tags().get(id);
      throw new ExampleFailedException("tag " + id + " can still be read after it was deleted");
    } catch (NotFoundException e) {
      out.line(
          "Reading it again fails as it should: %s: %s",
          e.getClass().getSimpleName(), e.getMessage());
    }
  }
}

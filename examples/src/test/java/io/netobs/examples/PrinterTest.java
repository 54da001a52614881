package io.netobs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrinterTest {
  @Test
  void plainOutputHasNoCarriageReturnsAndThinsOutFastCounts() {
    Output output = new Output();
    Printer out = output.plain();

    Progress progress = out.progress();
    progress.update("part %d sent", 1);
    progress.update("part %d sent", 2);
    progress.tick("%d bytes", 10);
    progress.tick("%d bytes", 20);
    progress.done("all %s", "done");
    out.line("after");

    assertThat(output.text()).doesNotContain("\r");
    assertThat(output.lines())
        .containsExactly("  part 1 sent", "  part 2 sent", "  10 bytes", "  all done", "  after");
  }

  @Test
  void onATerminalProgressIsRewrittenInPlaceAndEndsWithANewLine() {
    Output output = new Output();
    Printer out = output.terminal();

    Progress progress = out.progress();
    progress.update("sending part 1 of many");
    progress.update("part 2");
    progress.done("done");
    out.line("next");

    String sep = System.lineSeparator();
    assertThat(output.text())
        .isEqualTo(
            "\r  sending part 1 of many"
                + "\r  part 2"
                + " ".repeat(16)
                + "\r  done"
                + " ".repeat(2)
                + sep
                + "  next"
                + sep);
  }

  @Test
  void aLinePrintedWhileAProgressLineIsOpenStartsOnALineOfItsOwn() {
    Output output = new Output();
    Printer out = output.terminal();

    out.progress().update("halfway");
    out.line("interrupting");

    assertThat(output.text())
        .isEqualTo(
            "\r  halfway" + System.lineSeparator() + "  interrupting" + System.lineSeparator());
  }

  @Test
  void tablesAlignColumnsRightAlignNumbersAndGroupThousands() {
    Output output = new Output();

    output
        .plain()
        .table("name", "count", "mean")
        .row("alpha", 1234567L, 2.25)
        .row("b", 5, null)
        .row("c", 0, Double.NaN)
        .print();

    assertThat(output.lines())
        .containsExactly(
            "  name       count  mean",
            "  -----  ---------  ----",
            "  alpha  1,234,567   2.3",
            "  b              5     -",
            "  c              0     -");
  }

  @Test
  void countsAgreeWithTheirNoun() {
    assertThat(Printer.count(1, "page", "pages")).isEqualTo("1 page");
    assertThat(Printer.count(0, "page", "pages")).isEqualTo("0 pages");
    assertThat(Printer.count(1200, "page", "pages")).isEqualTo("1,200 pages");
  }

  @Test
  void wouldDoMarksADryRunAndNamesTheFlag() {
    Output output = new Output();
    Printer out = output.plain();
    out.startProgram();

    out.wouldDo("delete %d things", 3);

    assertThat(out.wasDryRun()).isTrue();
    assertThat(output.lines())
        .containsExactly(
            "  Would delete 3 things.", "  Nothing was changed: pass --apply to do it.");
    out.startProgram();
    assertThat(out.wasDryRun()).isFalse();
  }
}

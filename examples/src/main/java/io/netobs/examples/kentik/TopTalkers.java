package io.netobs.examples.kentik;

import io.netobs.examples.Example;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.examples.Table;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.model.AggregateFunction;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.TopXChart;
import io.netobs.kentik.model.TopXRow;
import io.netobs.kentik.request.TopXAggregate;
import io.netobs.kentik.request.TopXQuery;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The top talkers of the last hour: the ten source addresses that sent the most, as a table of
 * average bits per second, and the same query as a PNG chart written to {@code --out} (default: the
 * temporary directory). Reads only.
 */
public final class TopTalkers {
  /** The aggregate the rows are ranked by. */
  public static final String AGGREGATE = "avg_bits_per_sec";

  /** The chart's file name, in the output directory. */
  public static final String CHART_FILE = "top-talkers.png";

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.kentik(
          "Top talkers of the last hour: a table and a PNG chart",
          TopTalkers.class,
          TopTalkers::run);

  private TopTalkers() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args, "java -cp netobs-examples.jar " + TopTalkers.class.getName(), List.of(EXAMPLE));
  }

  /** Queries the top source addresses of the last hour, prints them and saves the chart. */
  public static void run(KentikClient kentik, Printer out, Options options) {
    TopXQuery topTalkers =
        TopXQuery.builder()
            .metric("bytes")
            .dimensions("IP_src")
            .aggregate(
                TopXAggregate.builder()
                    .name(AGGREGATE)
                    .column("f_sum_both_bytes")
                    .function(AggregateFunction.AVERAGE)
                    .raw(true)
                    .build())
            .topx(10)
            .lookback(Duration.ofHours(1))
            .allDevices()
            .build();

    List<TopXRow> rows = kentik.queries().topXData(topTalkers).rows();
    out.line("Top %d source addresses of the last hour, by average bits per second:", rows.size());
    Table table = out.table("address", "bits/s");
    for (TopXRow row : rows) {
      table.row(row.key(), String.format("%,.0f", row.value(AGGREGATE).orElse(0)));
    }
    table.print();

    TopXChart chart = kentik.queries().topXChart(topTalkers, ChartImageType.PNG);
    Path file = chart.writeTo(options.outDir().resolve(CHART_FILE));
    out.line("Chart (%s, %,d bytes) written to %s", chart.mediaType(), chart.size(), file);
  }
}

package io.hookwire.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the {@link Bar}s of a run as PNG charts, one per figure: horizontal bars of the ratio to
 * the baseline measured in the same run, a line at 1.0 (the baseline) and one at each target.
 */
public final class Charts {
  private static final Color[] SERIES_COLOURS = {
      new Color(0x2f6db5), new Color(0xe08a1e), new Color(0x3a9a5b), new Color(0x8a5cb8)};
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final int WIDTH = 1000;

  /** What each chart shows; the figures without a target mark only the baseline. */
  private record Spec(String file, String title, String subtitle, Map<String, Double> targets) {}

  private static final Map<String, Spec> SPECS = Map.of(
      Bar.HTTP, new Spec("benchmarks-http.png", "Figure 2. HTTP on loopback: Hookwire's adapters against hand-written servers",
          "Median of the alternating pairs' ratios; 4 kept-alive connections, 2 KiB signed Slack delivery",
          Map.of()),
      Bar.PIPELINE, new Spec("benchmarks-pipeline.png", "Figure 1. Pipeline cost per delivery (JMH)",
          "Signed 2 KiB Slack event_callback; limit = HMAC of the body and one Jackson bind, nothing else",
          Map.of("target ≤ 1.05 (generated / hand-written)", 1.05, "target ≤ 1.3 (generated / limit)", 1.3)),
      Bar.VERIFIERS, new Spec("benchmarks-verifiers.png", "Figure 5. Verifiers: time per check over the bare cryptography (JMH)",
          "Baseline: a Mac (or Ed25519 Signature) prepared once, over the same bytes of a ~2 KiB delivery",
          Map.of("target ≤ 1.1", 1.1)));

  private Charts() {}

  /**
   * Redraws the charts of an earlier run from its {@code bars.tsv}: {@code java -cp
   * hookwire-benchmarks.jar io.hookwire.benchmarks.report.Charts BARS_TSV DIRECTORY}.
   */
  public static void main(String[] args) throws IOException {
    List<Bar> bars = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] fields = line.split("\t");
      bars.add(new Bar(fields[0], fields[1], fields[2].replace("\\n", "\n"), Double.parseDouble(fields[3])));
    }
    draw(bars, Path.of(args[1])).forEach(file -> System.err.println("Chart: " + file));
  }

  /**
   * Writes one PNG per chart that {@code sections} have bars for into {@code directory}, and the
   * bars themselves into {@code bars.tsv} in {@code workDir}; returns the PNG files.
   */
  public static List<Path> draw(List<Section> sections, Path directory, Path workDir) throws IOException {
    List<Bar> bars = sections.stream().flatMap(section -> section.bars().stream()).toList();
    StringBuilder tsv = new StringBuilder();
    for (Bar bar : bars) {
      tsv.append(bar.chart()).append('\t').append(bar.series()).append('\t')
          .append(bar.category().replace("\n", "\\n")).append('\t').append(bar.ratio()).append('\n');
    }
    Files.createDirectories(workDir);
    Files.writeString(workDir.resolve("bars.tsv"), tsv);
    return draw(bars, directory);
  }

  private static List<Path> draw(List<Bar> bars, Path directory) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Map<String, List<Bar>> byChart = new LinkedHashMap<>();
    for (Bar bar : bars) {
      byChart.computeIfAbsent(bar.chart(), chart -> new ArrayList<>()).add(bar);
    }
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, List<Bar>> chart : byChart.entrySet()) {
      Spec spec = SPECS.get(chart.getKey());
      Path file = directory.resolve(spec.file());
      List<Bar> drawn = chart.getValue();
      int categories = (int) drawn.stream().map(Bar::category).distinct().count();
      int series = (int) drawn.stream().map(Bar::series).distinct().count();
      ChartUtils.saveChartAsPNG(file.toFile(), chart(spec, drawn), WIDTH, 180 + categories * (16 + 22 * series));
      written.add(file);
    }
    return written;
  }

  private static JFreeChart chart(Spec spec, List<Bar> bars) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar bar : bars) {
      data.addValue(bar.ratio(), bar.series(), bar.category());
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), valueAxis(bars, spec), renderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.getDomainAxis().setTickLabelFont(LABEL_FONT);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.addRangeMarker(baselineMarker());
    int row = 0;
    for (Map.Entry<String, Double> target : new TreeMap<>(spec.targets()).entrySet()) {
      ValueMarker marker = marker(target.getKey(), target.getValue(), new Color(0xc0392b),
          new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      // One line of text per target, so that the labels of close targets do not overlap.
      marker.setLabelOffset(new RectangleInsets(2 + 16 * row++, 4, 2, 4));
      plot.addRangeMarker(marker);
    }
    JFreeChart chart = new JFreeChart(spec.title(), new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
    chart.addSubtitle(new TextTitle(spec.subtitle(), LABEL_FONT));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static NumberAxis valueAxis(List<Bar> bars, Spec spec) {
    NumberAxis axis = new NumberAxis("ratio to the baseline measured in the same run (1.0 = baseline)");
    double highest = bars.stream().mapToDouble(Bar::ratio).max().orElse(1);
    for (double target : spec.targets().values()) {
      highest = Math.max(highest, target);
    }
    axis.setRange(0, Math.max(1.2, highest * 1.15));
    axis.setLabelFont(LABEL_FONT);
    return axis;
  }

  private static BarRenderer renderer() {
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    for (int i = 0; i < SERIES_COLOURS.length; i++) {
      renderer.setSeriesPaint(i, SERIES_COLOURS[i]);
    }
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}×", new DecimalFormat("0.00")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultItemLabelFont(LABEL_FONT);
    return renderer;
  }

  // Labelled at the bottom, so that it does not cover the label of a target close to 1.0.
  private static ValueMarker baselineMarker() {
    ValueMarker marker = marker("baseline = 1.0", 1.0, Color.BLACK, new BasicStroke(1.5f));
    marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    return marker;
  }

  private static ValueMarker marker(String label, double value, Color colour, BasicStroke stroke) {
    ValueMarker marker = new ValueMarker(value, colour, stroke);
    marker.setLabel(label);
    marker.setLabelFont(LABEL_FONT);
    marker.setLabelPaint(colour);
    marker.setLabelBackgroundColor(Color.WHITE);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    return marker;
  }
}

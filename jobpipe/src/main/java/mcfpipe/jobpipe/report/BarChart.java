package mcfpipe.jobpipe.report;

import java.util.List;
import java.util.Locale;

/**
 * A vertical bar chart as inline SVG: a few light grid lines with their values, one {@code rect.bar} per
 * bar (with {@code data-label}/{@code data-value} for tests and a tooltip), and labels under the bars.
 */
final class BarChart {
    /** One bar; {@code tooltip} is shown on hover. */
    record Bar(String label, long value, String tooltip) {}

    /** The size of a chart in a half-width card; a full-width chart passes its own so its text keeps the same size. */
    static final int HALF_WIDTH = 560;
    static final int HALF_HEIGHT = 220;
    /** Few bars on a wide chart would be slabs; bars this wide still read as bars. */
    private static final double MAX_BAR_WIDTH = 64;
    private static final int LEFT = 40;
    private static final int RIGHT = 8;
    private static final int TOP = 16;
    private static final int BOTTOM = 30;

    private final String testId;
    private final String title;
    private final List<Bar> bars;
    private final int labelEvery;
    private final int width;
    private final int height;

    /**
     * @param labelEvery label every n-th bar (1 labels all), so long series stay legible
     * @param width      of the drawing in CSS pixels at full size (it scales down with its card)
     */
    BarChart(String testId, String title, List<Bar> bars, int labelEvery, int width, int height) {
        this.testId = testId;
        this.title = title;
        this.bars = List.copyOf(bars);
        this.labelEvery = Math.max(1, labelEvery);
        this.width = width;
        this.height = height;
    }

    String render() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart bar-chart\" data-testid=\"").append(Html.escape(testId)).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        long max = Scale.niceMax(bars.stream().mapToLong(Bar::value).max().orElse(0));
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        for (long tick : Scale.ticks(max)) {
            double y = TOP + plotHeight - plotHeight * tick / max;
            svg.append(line(LEFT, y, width - RIGHT, y, tick == 0 ? "axis" : "grid"));
            svg.append(text(LEFT - 6, y + 4, "end", "tick", Formats.count(tick)));
        }
        if (bars.isEmpty()) {
            svg.append(text(LEFT + plotWidth / 2, TOP + plotHeight / 2, "middle", "empty", "no data yet"));
        }
        double band = bars.isEmpty() ? plotWidth : plotWidth / bars.size();
        double barWidth = Math.max(1, Math.min(MAX_BAR_WIDTH, band * 0.72));
        boolean valueLabels = bars.size() <= 16;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = plotHeight * b.value() / max;
            double x = LEFT + i * band + (band - barWidth) / 2;
            double y = TOP + plotHeight - h;
            svg.append("<rect class=\"bar\" data-label=\"").append(Html.escape(b.label())).append("\" data-value=\"")
                    .append(b.value()).append("\" x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"")
                    .append(f(barWidth)).append("\" height=\"").append(f(h)).append("\" rx=\"").append(f(Math.min(3, barWidth / 4)))
                    .append("\"><title>").append(Html.escape(b.tooltip())).append("</title></rect>");
            if (valueLabels && b.value() > 0) {
                svg.append(text(x + barWidth / 2, y - 4, "middle", "value", Formats.count(b.value())));
            }
            if (i % labelEvery == 0 || i == bars.size() - 1 && bars.size() <= 12) {
                svg.append(text(x + barWidth / 2, height - BOTTOM + 16, "middle", "label", b.label()));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\"/>";
    }

    static String text(double x, double y, String anchor, String cls, String content) {
        return "<text class=\"" + cls + "\" x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\">"
                + Html.escape(content) + "</text>";
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

package se.utfall.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A chart over the years of a contract: lines (a measure per unit) or grouped bars (payouts per
 * clause), horizontal reference lines (a threshold, a cap), and per-year marks (a unit's high-water
 * mark). Drawn for print: black, greys, dash patterns and marker shapes tell series apart, and every
 * reference line carries its label and value, so the chart reads on a black-and-white copy.
 * Values are exact decimals; doubles appear only as pixel positions.
 */
public final class YearChart {
    /** One series: a name and a value per year (a year without a value leaves a gap). */
    public record Series(String name, Map<Integer, BigDecimal> values) {
    }

    /** A horizontal line across the chart at {@code value}, labelled; {@code secondary} draws it dotted. */
    public record Reference(String label, BigDecimal value, boolean secondary) {
    }

    /** A short level mark per year (for example a unit's best earlier value), labelled in the legend. */
    public record Marks(String label, Map<Integer, BigDecimal> values, int shape) {
        /** Marks not tied to a series. */
        public Marks(String label, Map<Integer, BigDecimal> values) {
            this(label, values, -1);
        }
    }

    private static final double WIDTH = 660;
    private static final double LEFT = 78;
    private static final double RIGHT = 150;
    private static final double TOP = 30;
    private static final double PLOT_HEIGHT = 190;

    private final String title;
    private final List<Integer> years;
    private final Function<BigDecimal, String> format;
    private final List<Series> series = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Marks> marks = new ArrayList<>();
    private boolean bars;
    private boolean fromZero;

    public YearChart(String title, List<Integer> years, Function<BigDecimal, String> format) {
        this.title = title;
        this.years = List.copyOf(years);
        this.format = format;
    }

    public YearChart bars() {
        this.bars = true;
        this.fromZero = true;
        return this;
    }

    public YearChart fromZero() {
        this.fromZero = true;
        return this;
    }

    public YearChart series(Series s) {
        series.add(s);
        return this;
    }

    public YearChart reference(Reference r) {
        references.add(r);
        return this;
    }

    public YearChart marks(Marks m) {
        marks.add(m);
        return this;
    }

    public String svg() {
        List<BigDecimal> all = new ArrayList<>();
        series.forEach(s -> all.addAll(s.values().values()));
        references.forEach(r -> all.add(r.value()));
        marks.forEach(m -> all.addAll(m.values().values()));
        if (fromZero || all.isEmpty()) {
            all.add(BigDecimal.ZERO);
        }
        BigDecimal low = all.stream().reduce(BigDecimal::min).orElse(BigDecimal.ZERO);
        BigDecimal high = all.stream().reduce(BigDecimal::max).orElse(BigDecimal.ONE);
        Ticks ticks = Ticks.covering(low, high, 5);
        int columns = legendColumns();
        int legendRows = (series.size() + marks.size() + columns - 1) / columns;
        List<String> titleLines = wrap(title, 92);
        double top = TOP + 13 * (titleLines.size() - 1);
        double height = top + PLOT_HEIGHT + 34 + 16 * legendRows + 6;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double bottom = top + PLOT_HEIGHT;
        Svg svg = new Svg(WIDTH, height, title);
        for (int i = 0; i < titleLines.size(); i++) {
            svg.text(4, 16 + 13 * i, "start", "label-bold", titleLines.get(i));
        }
        for (BigDecimal t : ticks.values()) {
            double y = bottom - ticks.fraction(t) * PLOT_HEIGHT;
            svg.line(LEFT, y, LEFT + plotWidth, y, "grid");
            svg.text(LEFT - 6, y + 3.5, "end", "tick", format.apply(t));
        }
        double slot = plotWidth / Math.max(1, years.size());
        for (int i = 0; i < years.size(); i++) {
            svg.text(LEFT + slot * (i + 0.5), bottom + 16, "middle", "tick", String.valueOf(years.get(i)));
        }
        double zeroY = bottom - ticks.fraction(BigDecimal.ZERO.max(ticks.low()).min(ticks.high())) * PLOT_HEIGHT;
        if (bars) {
            drawBars(svg, ticks, slot, bottom, zeroY);
        } else {
            drawLines(svg, ticks, slot, bottom);
        }
        for (int m = 0; m < marks.size(); m++) {
            Marks mk = marks.get(m);
            for (int i = 0; i < years.size(); i++) {
                BigDecimal v = mk.values().get(years.get(i));
                if (v != null) {
                    double y = bottom - ticks.fraction(v) * PLOT_HEIGHT;
                    double x = LEFT + slot * (i + 0.5);
                    svg.line(x - slot * 0.3, y, x + slot * 0.3, y, "mark");
                    if (mk.shape() >= 0) {
                        // Which unit the mark belongs to: its series' marker shape, hollow, at the mark's end.
                        svg.marker(x + slot * 0.3, y, mk.shape(), "m1");
                    }
                }
            }
        }
        List<double[]> placed = new ArrayList<>();
        for (Reference r : references) {
            double y = bottom - ticks.fraction(r.value()) * PLOT_HEIGHT;
            svg.line(LEFT, y, LEFT + plotWidth, y, r.secondary() ? "ref2" : "ref");
            double ly = y + 3.5;
            for (double[] p : placed) {
                if (Math.abs(p[0] - ly) < 11) {
                    ly = p[0] + (ly >= p[0] ? 11 : -11);
                }
            }
            placed.add(new double[] {ly});
            svg.text(LEFT + plotWidth + 4, ly, "start", "label", r.label() + " " + format.apply(r.value()));
        }
        svg.line(LEFT, top, LEFT, bottom, "axis");
        svg.line(LEFT, zeroY, LEFT + plotWidth, zeroY, "axis");
        legend(svg, bottom + 34);
        return svg.close();
    }

    private void drawLines(Svg svg, Ticks ticks, double slot, double bottom) {
        for (int s = 0; s < series.size(); s++) {
            Series se = series.get(s);
            List<double[]> run = new ArrayList<>();
            for (int i = 0; i <= years.size(); i++) {
                BigDecimal v = i < years.size() ? se.values().get(years.get(i)) : null;
                if (v != null) {
                    run.add(new double[] {LEFT + slot * (i + 0.5), bottom - ticks.fraction(v) * PLOT_HEIGHT});
                    continue;
                }
                if (run.size() > 1) {
                    svg.polyline(run.stream().mapToDouble(p -> p[0]).toArray(),
                            run.stream().mapToDouble(p -> p[1]).toArray(), "s" + s % 4);
                }
                for (double[] p : run) {
                    svg.marker(p[0], p[1], s, "m" + s % 4);
                }
                run.clear();
            }
        }
    }

    private void drawBars(Svg svg, Ticks ticks, double slot, double bottom, double zeroY) {
        int n = Math.max(1, series.size());
        double group = slot * 0.76;
        double width = group / n;
        for (int s = 0; s < series.size(); s++) {
            Series se = series.get(s);
            for (int i = 0; i < years.size(); i++) {
                BigDecimal v = se.values().get(years.get(i));
                if (v == null) {
                    continue;
                }
                double x = LEFT + slot * i + (slot - group) / 2 + width * s;
                double y = bottom - ticks.fraction(v) * PLOT_HEIGHT;
                double top = Math.min(y, zeroY);
                double h = Math.max(Math.abs(zeroY - y), v.signum() == 0 ? 0 : 0.8);
                svg.rect(x + 0.5, top, Math.max(1, width - 1), h, "b" + s % 4);
            }
        }
    }

    /** Three legend entries a row, or two when a name needs the room. */
    private int legendColumns() {
        boolean longNames = series.stream().anyMatch(s -> s.name().length() > 26)
                || marks.stream().anyMatch(m -> m.label().length() > 26);
        return longNames ? 2 : 3;
    }

    private void legend(Svg svg, double y) {
        int columns = legendColumns();
        double step = columns == 2 ? 290 : 190;
        int limit = columns == 2 ? 42 : 26;
        int i = 0;
        for (int s = 0; s < series.size(); s++, i++) {
            double x = LEFT + (i % columns) * step;
            double ly = y + (i / columns) * 16;
            if (bars) {
                svg.rect(x, ly - 8, 14, 9, "b" + s % 4);
            } else {
                svg.line(x, ly - 4, x + 22, ly - 4, "s" + s % 4);
                svg.marker(x + 11, ly - 4, s, "m" + s % 4);
            }
            svg.text(x + 28, ly, "start", "label", clip(series.get(s).name(), limit));
        }
        for (Marks m : marks) {
            double x = LEFT + (i % columns) * step;
            double ly = y + (i / columns) * 16;
            svg.line(x, ly - 4, x + 22, ly - 4, "mark");
            if (m.shape() >= 0) {
                svg.marker(x + 22, ly - 4, m.shape(), "m1");
            }
            svg.text(x + 28, ly, "start", "label", clip(m.label(), limit));
            i++;
        }
    }

    /** A title in lines of at most about {@code width} characters, broken at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A legend entry kept to its column (the whole name is in the table beside the chart). */
    private static String clip(String name, int limit) {
        return name.codePointCount(0, name.length()) <= limit ? name
                : name.substring(0, name.offsetByCodePoints(0, limit - 1)) + "…";
    }
}

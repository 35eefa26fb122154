package se.utfall.report.chart;

import java.util.Locale;

/**
 * Writes SVG markup. Every text and attribute value from outside (a unit's name, a clause title) is
 * escaped here, so contract text can never close the drawing or open a script; coordinates are
 * written with one decimal in Locale.ROOT, so the same chart is the same bytes on any machine.
 */
public final class Svg {
    private final StringBuilder out = new StringBuilder();

    public Svg(double width, double height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(n(width))
                .append(' ').append(n(height)).append("\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>");
    }

    /** A number as the drawing writes it: one decimal, a point, no grouping. */
    public static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) {
            return String.format(Locale.ROOT, "%d", (long) r);
        }
        return String.format(Locale.ROOT, "%.1f", r);
    }

    /** Text made safe for XML content and attribute values (also in a PDF's XML parser). */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0: shown as a space.
                    if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
                        b.append(' ');
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(style(cssClass)).append("/>");
        return this;
    }

    public Svg polyline(double[] xs, double[] ys, String cssClass) {
        return points("polyline", xs, ys, cssClass);
    }

    public Svg rect(double x, double y, double w, double h, String cssClass) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(style(cssClass)).append("/>");
        return this;
    }

    /** A marker of one of four shapes (circle, square, triangle, diamond), so series differ without colour. */
    public Svg marker(double x, double y, int shape, String cssClass) {
        double r = 3.2;
        switch (Math.floorMod(shape, 4)) {
            case 0 -> out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"")
                    .append(n(r)).append('"').append(style(cssClass)).append("/>");
            case 1 -> rect(x - r, y - r, 2 * r, 2 * r, cssClass);
            case 2 -> polygon(new double[] {x, x + r * 1.2, x - r * 1.2}, new double[] {y - r * 1.2, y + r, y + r},
                    cssClass);
            default -> polygon(new double[] {x, x + r * 1.3, x, x - r * 1.3}, new double[] {y - r * 1.3, y, y + r * 1.3, y},
                    cssClass);
        }
        return this;
    }

    public Svg polygon(double[] xs, double[] ys, String cssClass) {
        return points("polygon", xs, ys, cssClass);
    }

    /** A polyline or polygon: {@code <element points="x,y x,y ..."/>}. */
    private Svg points(String element, double[] xs, double[] ys, String cssClass) {
        out.append('<').append(element).append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append('"').append(style(cssClass)).append("/>");
        return this;
    }

    /** Text at (x, y); anchor is start, middle or end. */
    public Svg text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append('"').append(style(cssClass)).append('>').append(escape(text))
                .append("</text>");
        return this;
    }

    /**
     * Presentation attributes by kind, written on each element: a PDF renderer does not apply the
     * page's CSS inside an SVG, and a drawing must look the same in both.
     */
    private static String style(String kind) {
        return switch (kind) {
            case "axis" -> " stroke=\"#000\" stroke-width=\"1\" fill=\"none\"";
            case "grid" -> " stroke=\"#ccc\" stroke-width=\"0.5\" fill=\"none\"";
            case "tick" -> " font-size=\"10\" fill=\"#000\" font-family=\"DejaVu Sans, sans-serif\"";
            case "label" -> " font-size=\"10.5\" fill=\"#000\" font-family=\"DejaVu Sans, sans-serif\"";
            case "label-bold" -> " font-size=\"10.5\" font-weight=\"bold\" fill=\"#000\""
                    + " font-family=\"DejaVu Sans, sans-serif\"";
            case "ref" -> " stroke=\"#000\" stroke-width=\"1.2\" stroke-dasharray=\"6 3\" fill=\"none\"";
            case "ref2" -> " stroke=\"#555\" stroke-width=\"1.2\" stroke-dasharray=\"2 2\" fill=\"none\"";
            case "mark" -> " stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"1 2\" fill=\"none\"";
            case "s0" -> " stroke=\"#000\" stroke-width=\"1.8\" fill=\"none\"";
            case "s1" -> " stroke=\"#444\" stroke-width=\"1.8\" stroke-dasharray=\"7 3\" fill=\"none\"";
            case "s2" -> " stroke=\"#222\" stroke-width=\"1.8\" stroke-dasharray=\"2 3\" fill=\"none\"";
            case "s3" -> " stroke=\"#666\" stroke-width=\"1.8\" stroke-dasharray=\"9 3 2 3\" fill=\"none\"";
            case "m0", "m2" -> " fill=\"#000\" stroke=\"#000\" stroke-width=\"1\"";
            case "m1", "m3" -> " fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.2\"";
            case "b0" -> " fill=\"#333\" stroke=\"#000\" stroke-width=\"0.6\"";
            case "b1" -> " fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.8\"";
            case "b2" -> " fill=\"#999\" stroke=\"#000\" stroke-width=\"0.6\"";
            case "b3" -> " fill=\"#ddd\" stroke=\"#000\" stroke-width=\"0.6\"";
            default -> "";
        };
    }

    public String close() {
        return out.append("</svg>").toString();
    }
}

package org.smatracker.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The site's charts as SVG files, drawn on the server from the same numbers as the page's charts,
 * with the title above and the source line below. The gap chart: a time axis to scale, the two
 * sides' standing positions as steps (the offer dashed), the agreed amount dotted. The yearly
 * contribution chart: one bar a year, projected years pale and outlined as on the page. Plain
 * Java: strings in, markup out.
 */
final class ChartSvg {

	static final int WIDTH = 800;

	static final int HEIGHT = 460;

	private static final int LEFT = 60;

	private static final int RIGHT = 20;

	private static final int TOP = 70;

	private static final int BOTTOM = 80;

	private ChartSvg() {
	}

	/** One point of the chart: a date and each side's standing amount in won (absent before it has one). */
	record Point(LocalDate date, BigDecimal demandKrw, BigDecimal offerKrw) {
	}

	/** The words the picture carries, in the reader's language. */
	record Labels(String title, String source, String demand, String offer, String agreed, String axis) {
	}

	/** One bar: the year, its amount in the chart's unit (absent in a year with none), and whether projected. */
	record Bar(int year, Double value, boolean projected) {
	}

	/** The contribution chart: bars on a scale from zero, a year label every five years. */
	static String bars(List<Bar> bars, String title, String axis, String note, String source) {
		StringBuilder svg = start(title);
		if (bars.isEmpty()) {
			return svg.append(text(LEFT, HEIGHT - 20, 12, "normal", "#495057", source)).append("</svg>\n").toString();
		}
		double max = 0;
		for (Bar b : bars) {
			max = Math.max(max, b.value() == null ? 0 : b.value());
		}
		double top = niceTop(max);
		double step = top / 5;
		double plotHeight = HEIGHT - BOTTOM - TOP;
		for (int i = 0; i <= 5; i++) {
			double y = (HEIGHT - BOTTOM) - plotHeight * i / 5;
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dee2e6\"/>%n",
					LEFT, y, WIDTH - RIGHT, y));
			svg.append(text(LEFT - 8, y + 4, 11, "normal", "#495057", tick(step * i), "end"));
		}
		svg.append(text(14, TOP - 12, 11, "normal", "#495057", axis));
		double slot = (double) (WIDTH - LEFT - RIGHT) / bars.size();
		for (int i = 0; i < bars.size(); i++) {
			Bar b = bars.get(i);
			double x = LEFT + slot * i;
			if (b.value() != null && b.value() > 0) {
				double h = plotHeight * b.value() / top;
				svg.append(String.format(Locale.ROOT,
						"<rect class=\"bar\" data-year=\"%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" %s/>%n",
						b.year(), x + slot * 0.1, (HEIGHT - BOTTOM) - h, slot * 0.8, h,
						b.projected() ? "fill=\"#0d47a1\" fill-opacity=\"0.35\" stroke=\"#0d47a1\"" : "fill=\"#0d47a1\""));
			}
			if (b.year() % 5 == 0) {
				svg.append(text(x + slot / 2, HEIGHT - BOTTOM + 16, 11, "normal", "#495057", String.valueOf(b.year()), "middle"));
			}
		}
		if (bars.stream().anyMatch(Bar::projected)) {
			svg.append(text(LEFT, HEIGHT - 40, 11, "normal", "#212529", note));
		}
		svg.append(text(LEFT, HEIGHT - 12, 12, "normal", "#495057", source));
		return svg.append("</svg>\n").toString();
	}

	/** A round top for the value axis: 1, 2 or 5 times a power of ten, at or above the largest bar. */
	private static double niceTop(double max) {
		if (max <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(max)));
		for (double m : new double[] { 1, 2, 5, 10 }) {
			if (m * power >= max) {
				return m * power;
			}
		}
		return 10 * power;
	}

	private static String tick(double value) {
		return BigDecimal.valueOf(Math.round(value * 1000) / 1000.0).stripTrailingZeros().toPlainString();
	}

	private static StringBuilder start(String title) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
			.append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" font-family=\"sans-serif\" role=\"img\">\n");
		svg.append("<title>").append(escape(title)).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
		svg.append(text(LEFT, 28, 18, "bold", "#212529", title));
		return svg;
	}

	static String render(List<Point> points, BigDecimal agreedKrw, LocalDate end, Labels labels) {
		StringBuilder svg = start(labels.title());
		if (points.isEmpty()) {
			return svg.append(text(LEFT, HEIGHT - 20, 12, "normal", "#495057", labels.source())).append("</svg>\n").toString();
		}
		LocalDate first = points.get(0).date();
		LocalDate last = points.get(points.size() - 1).date();
		if (end != null && end.isAfter(last)) {
			last = end;
		}
		long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
		double max = 0;
		for (Point p : points) {
			max = Math.max(max, Math.max(trillions(p.demandKrw()), trillions(p.offerKrw())));
		}
		max = Math.max(max, trillions(agreedKrw));
		double top = Math.max(1, Math.ceil(max));
		Scale scale = new Scale(first, days, top);

		// y axis: whole trillions
		for (int i = 0; i <= (int) top; i++) {
			double y = scale.y(i);
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dee2e6\"/>%n",
					LEFT, y, WIDTH - RIGHT, y));
			svg.append(text(LEFT - 8, y + 4, 11, "normal", "#495057", String.valueOf(i), "end"));
		}
		svg.append(text(14, TOP - 12, 11, "normal", "#495057", labels.axis()));
		// x axis: the start of each year in the span, placed to scale
		for (int year = first.getYear() + 1; year <= last.getYear(); year++) {
			double x = scale.x(LocalDate.of(year, 1, 1));
			svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dee2e6\"/>%n",
					x, TOP, x, HEIGHT - BOTTOM));
			svg.append(text(x, HEIGHT - BOTTOM + 16, 11, "normal", "#495057", String.valueOf(year), "middle"));
		}
		svg.append(text(LEFT, HEIGHT - BOTTOM + 16, 11, "normal", "#495057", first.toString(), "start"));

		svg.append(steps(points, true, scale, last, "#8b1a1a", null));
		svg.append(steps(points, false, scale, last, "#0d47a1", "6 3"));
		if (agreedKrw != null) {
			double y = scale.y(trillions(agreedKrw));
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#146c43\" stroke-width=\"4\" "
							+ "stroke-dasharray=\"1 6\" stroke-linecap=\"round\"/>%n",
					scale.x(first), y, scale.x(last), y));
		}
		// legend, each entry drawn as its line is
		int ly = HEIGHT - 40;
		svg.append(legend(LEFT, ly, "#8b1a1a", null, labels.demand()));
		svg.append(legend(LEFT + 250, ly, "#0d47a1", "6 3", labels.offer()));
		if (agreedKrw != null) {
			svg.append(legend(LEFT + 500, ly, "#146c43", "1 6", labels.agreed()));
		}
		svg.append(text(LEFT, HEIGHT - 12, 12, "normal", "#495057", labels.source()));
		return svg.append("</svg>\n").toString();
	}

	private record Scale(LocalDate first, long days, double top) {

		double x(LocalDate date) {
			return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, date) / days;
		}

		double y(double trillions) {
			return (HEIGHT - BOTTOM) - (HEIGHT - BOTTOM - TOP) * trillions / top;
		}

	}

	/** A stepped line: flat until the next reported change, absent while the side has no position. */
	private static String steps(List<Point> points, boolean demand, Scale scale, LocalDate last, String colour,
			String dash) {
		StringBuilder path = new StringBuilder();
		Double previousY = null;
		for (int i = 0; i < points.size(); i++) {
			Point p = points.get(i);
			BigDecimal value = demand ? p.demandKrw() : p.offerKrw();
			double x = scale.x(p.date());
			if (value == null) {
				previousY = null;
				continue;
			}
			double y = scale.y(trillions(value));
			if (previousY == null) {
				path.append(String.format(Locale.ROOT, "M%.1f %.1f ", x, y));
			}
			else {
				path.append(String.format(Locale.ROOT, "H%.1f V%.1f ", x, y));
			}
			previousY = y;
		}
		if (path.length() == 0) {
			return "";
		}
		return "<path d=\"" + path.toString().trim() + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\""
				+ (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>\n";
	}

	private static String legend(int x, int y, String colour, String dash, String label) {
		return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"%s/>%n",
				x, y - 4, x + 30, y - 4, colour, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
				+ text(x + 36, y, 12, "normal", "#212529", label);
	}

	private static String text(double x, double y, int size, String weight, String colour, String content) {
		return text(x, y, size, weight, colour, content, "start");
	}

	private static String text(double x, double y, int size, String weight, String colour, String content,
			String anchor) {
		return String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\" text-anchor=\"%s\">%s</text>%n",
				x, y, size, weight, colour, anchor, escape(content));
	}

	private static double trillions(BigDecimal krw) {
		return krw == null ? 0 : krw.doubleValue() / 1e12;
	}

	static String escape(String s) {
		return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}

package org.smatracker.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The gap chart as an SVG file, drawn on the server from the same numbers as the page's chart: a
 * time axis to scale, the two sides' standing positions as steps (the offer dashed), the agreed
 * amount dotted, the title above and the source line below. Plain Java: strings in, markup out.
 */
final class GapSvg {

	static final int WIDTH = 800;

	static final int HEIGHT = 460;

	private static final int LEFT = 60;

	private static final int RIGHT = 20;

	private static final int TOP = 70;

	private static final int BOTTOM = 80;

	private GapSvg() {
	}

	/** One point of the chart: a date and each side's standing amount in won (absent before it has one). */
	record Point(LocalDate date, BigDecimal demandKrw, BigDecimal offerKrw) {
	}

	/** The words the picture carries, in the reader's language. */
	record Labels(String title, String source, String demand, String offer, String agreed, String axis) {
	}

	static String render(List<Point> points, BigDecimal agreedKrw, LocalDate end, Labels labels) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
			.append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" font-family=\"sans-serif\" role=\"img\">\n");
		svg.append("<title>").append(escape(labels.title())).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
		svg.append(text(LEFT, 28, 18, "bold", "#212529", labels.title()));
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

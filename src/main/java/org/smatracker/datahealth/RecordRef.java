package org.smatracker.datahealth;

/** The record a finding is about: its kind, id, a label for people and the page that shows it. */
public record RecordRef(String type, long id, String label, String path) {

	static RecordRef agreement(long id, int sma) {
		return new RecordRef("agreement", id, ordinal(sma) + " SMA", "/agreements/" + sma);
	}

	static RecordRef year(long id, int sma, int year) {
		return new RecordRef("agreement-year", id, ordinal(sma) + " SMA, " + year, "/agreements/" + sma + "#year-" + year);
	}

	static RecordRef negotiation(long id, int sma) {
		return new RecordRef("negotiation", id, "talks for the " + ordinal(sma) + " SMA", "/negotiations/" + sma);
	}

	static RecordRef round(long id, int sma, Integer number, java.time.LocalDate start) {
		String label = ordinal(sma) + " SMA, " + (number == null ? "meeting of " + start : "round " + number);
		return new RecordRef("round", id, label, "/negotiations/" + sma + "#round-" + id);
	}

	static RecordRef appointment(long id, long negotiatorId, String name, int sma) {
		return new RecordRef("appointment", id, name + ", " + ordinal(sma) + " SMA", "/negotiators/" + negotiatorId);
	}

	public static RecordRef position(long id, int sma) {
		return new RecordRef("position", id, ordinal(sma) + " SMA, position " + id, "/negotiations/" + sma + "#position-" + id);
	}

	public static RecordRef termStatement(long id, int sma) {
		return new RecordRef("term-statement", id, ordinal(sma) + " SMA, statement " + id,
				"/agreements/" + sma + "#statement-" + id);
	}

	public static RecordRef exchangeRate(long id, int year) {
		return new RecordRef("exchange-rate", id, "exchange rate " + year, "/exchange-rates#rate-" + year);
	}

	static String ordinal(int n) {
		int mod100 = n % 100;
		String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

}

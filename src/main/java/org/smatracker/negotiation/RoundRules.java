package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a round must meet beyond single fields, as (field, message code, arguments) triples. Plain
 * Java: what needs the database (is the number taken, which cited sources exist) is looked up by the
 * service and passed in. An offer reported at the round is checked by {@link OfferRules}.
 */
public final class RoundRules {

	public record Violation(String field, String code, List<Object> arguments) {

		Violation(String field, String code) {
			this(field, code, List.of());
		}

	}

	/** A span of days; {@code end} is null for a one-day meeting or a negotiation still under way. */
	public record Dates(LocalDate start, LocalDate end) {
	}

	/**
	 * The negotiation's own dates and its agreement's signing day (null while unsigned), which a round's
	 * dates must fall within.
	 */
	public record Talks(LocalDate start, LocalDate end, LocalDate signed) {

		/** A concluded negotiation's meetings end by its last day or its agreement's signing, whichever is later. */
		public Optional<LocalDate> latest() {
			if (end == null) {
				return Optional.empty();
			}
			return Optional.of(signed != null && signed.isAfter(end) ? signed : end);
		}

	}

	private RoundRules() {
	}

	/**
	 * The round's dates and number. Dates an edit leaves as stored are not checked against the
	 * negotiation again, so that a round recorded before a negotiation's dates were corrected can still be
	 * edited.
	 * @param stored the round as stored, empty for a new round
	 * @param numberTaken whether another round of the negotiation has the form's number
	 */
	public static List<Violation> check(Dates proposed, Optional<Dates> stored, Talks talks, boolean numberTaken) {
		List<Violation> v = new ArrayList<>();
		LocalDate start = proposed.start();
		LocalDate end = proposed.end();
		if (start != null && end != null && end.isBefore(start)) {
			v.add(new Violation("endDate", "round.endBeforeStart"));
		}
		boolean datesChanged = stored.map(s -> !Objects.equals(start, s.start()) || !Objects.equals(end, s.end()))
			.orElse(true);
		if (start != null && datesChanged) {
			if (start.isBefore(talks.start())) {
				v.add(new Violation("startDate", "round.beforeNegotiation", List.of(talks.start())));
			}
			LocalDate last = end != null ? end : start;
			talks.latest()
				.filter(last::isAfter)
				.ifPresent(latest -> v.add(
						new Violation(end != null ? "endDate" : "startDate", "round.afterNegotiation", List.of(latest))));
		}
		if (numberTaken) {
			v.add(new Violation("roundNumber", "round.numberTaken"));
		}
		return v;
	}

	/**
	 * A round cites at least one source, known or typed in as new; a new source needs a title once any of
	 * its fields is filled in.
	 * @param anyKnownCited whether the form cites at least one stored source
	 */
	public static List<Violation> sources(RoundForm form, boolean anyKnownCited) {
		List<Violation> v = new ArrayList<>();
		boolean newSourceTyped = form.hasNewSource() || notBlank(form.getNewSourcePublisher())
				|| notBlank(form.getNewSourceUrl()) || notBlank(form.getNewSourceQuote());
		if (newSourceTyped && !form.hasNewSource()) {
			v.add(new Violation("newSourceTitle", "source.titleRequired"));
		}
		if (!anyKnownCited && !form.hasNewSource()) {
			v.add(new Violation("sourceIds", "round.sourceRequired"));
		}
		return v;
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}

package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;

import org.smatracker.model.DeletableEntity;
import org.smatracker.model.Party;
import org.smatracker.model.Recorded;
import org.smatracker.source.Source;

/** One meeting inside a negotiation: a numbered formal round or an unnumbered meeting. */
@Entity
@SQLRestriction("deleted = false")
@Table(name = "rounds")
public class Round extends DeletableEntity implements Recorded {

	/** The name of this kind of record in the change history. */
	public static final String AUDIT_TYPE = "round";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Negotiation negotiation;

	/** The key of {@link #negotiation}, read-only, for queries: see {@code Offer.negotiationId}. */
	@Column(name = "negotiation_id", insertable = false, updatable = false)
	private Long negotiationId;

	/** Absent for unnumbered meetings (video calls, high-level talks, working-level dialogue). */
	private Integer roundNumber;

	@Enumerated(EnumType.STRING)
	private RoundKind kind;

	private LocalDate startDate;

	private LocalDate endDate;

	private String city;

	private String country;

	@Enumerated(EnumType.STRING)
	private RoundOutcome outcome;

	private String summary;

	@ElementCollection
	@CollectionTable(name = "round_participants", joinColumns = @JoinColumn(name = "round_id"))
	private Set<Participation> participants = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "round_sources", joinColumns = @JoinColumn(name = "round_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("code")
	private Set<Source> sources = new LinkedHashSet<>();

	protected Round() {
	}

	public Round(Negotiation negotiation) {
		this.negotiation = negotiation;
	}

	/** Replaces what an analyst can edit: the meeting's facts, its leads and its sources. */
	public void update(Integer roundNumber, RoundKind kind, LocalDate startDate, LocalDate endDate, String city,
			String country, RoundOutcome outcome, String summary, List<Negotiator> leads, Set<Source> sources) {
		this.roundNumber = roundNumber;
		this.kind = kind;
		this.startDate = startDate;
		this.endDate = endDate;
		this.city = city;
		this.country = country;
		this.outcome = outcome;
		this.summary = summary;
		this.participants.removeIf(p -> p.getRole() == ParticipantRole.LEAD);
		leads.forEach(n -> this.participants.add(new Participation(n, ParticipantRole.LEAD)));
		this.sources.clear();
		this.sources.addAll(sources);
	}

	/** The values its history records, by field. */
	public Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("roundNumber", roundNumber == null ? "" : roundNumber.toString());
		values.put("kind", String.valueOf(kind));
		values.put("startDate", String.valueOf(startDate));
		values.put("endDate", endDate == null ? "" : endDate.toString());
		values.put("city", city == null ? "" : city);
		values.put("country", country == null ? "" : country);
		values.put("outcome", String.valueOf(outcome));
		values.put("summary", summary == null ? "" : summary);
		values.put("rokLead", getRokLead() == null ? "" : getRokLead().getName());
		values.put("usLead", getUsLead() == null ? "" : getUsLead().getName());
		values.put("sources", sources.stream().map(Source::getCode).sorted().collect(Collectors.joining(", ")));
		return values;
	}

	public Negotiation getNegotiation() {
		return negotiation;
	}

	/** The negotiation's key as loaded (null on a record not yet read back from the database). */
	public Long getNegotiationId() {
		return negotiationId;
	}

	public Integer getRoundNumber() {
		return roundNumber;
	}

	public RoundKind getKind() {
		return kind;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	/** The last day of the meeting: its end date, or its start date for a one-day meeting. */
	public LocalDate getLastDay() {
		return endDate != null ? endDate : startDate;
	}

	public boolean isMultiDay() {
		return endDate != null && endDate.isAfter(startDate);
	}

	public String getCity() {
		return city;
	}

	public String getCountry() {
		return country;
	}

	public boolean isVirtual() {
		return kind == RoundKind.VIDEO;
	}

	public RoundOutcome getOutcome() {
		return outcome;
	}

	public String getSummary() {
		return summary;
	}

	public Set<Participation> getParticipants() {
		return participants;
	}

	public Optional<Negotiator> lead(Party party) {
		return participants.stream()
			.filter(p -> p.getRole() == ParticipantRole.LEAD && p.getNegotiator().getParty() == party)
			.map(Participation::getNegotiator)
			.min(Comparator.comparing(Negotiator::getName));
	}

	public Negotiator getRokLead() {
		return lead(Party.ROK).orElse(null);
	}

	public Negotiator getUsLead() {
		return lead(Party.US).orElse(null);
	}

	public Set<Source> getSources() {
		return sources;
	}

}

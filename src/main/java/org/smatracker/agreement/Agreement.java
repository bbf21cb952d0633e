package org.smatracker.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;

import org.smatracker.model.DeletableEntity;
import org.smatracker.model.Recorded;
import org.smatracker.source.Source;

/** One numbered Special Measures Agreement. */
@Entity
@SQLRestriction("deleted = false")
@Table(name = "agreements")
public class Agreement extends DeletableEntity implements Recorded {

	/** The name of this kind of record in the change history. */
	public static final String AUDIT_TYPE = "agreement";

	private int smaNumber;

	private int firstYear;

	private int lastYear;

	/** The first year whose amount the deal actually sets (2021 for the 11th, which froze 2020). */
	private int headlineYear;

	private LocalDate signedDate;

	private LocalDate ratifiedDate;

	/** Entry into force; each of the three dates has its own source, or a note that it is not known. */
	private LocalDate inForceDate;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "signed_source_id")
	private Source signedSource;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "ratified_source_id")
	private Source ratifiedSource;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "in_force_source_id")
	private Source inForceSource;

	private String signedNote;

	private String ratifiedNote;

	private String inForceNote;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	@Enumerated(EnumType.STRING)
	private EscalationRule escalationRule;

	private String escalationDetail;

	private BigDecimal escalationRatePct;

	private BigDecimal escalationFloorPct;

	private BigDecimal escalationCapPct;

	private BigDecimal firstYearAmountKrw;

	private BigDecimal usdEquivalentQuoted;

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("year")
	private List<AgreementYear> years = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "agreement_sources", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("code")
	private Set<Source> sources = new LinkedHashSet<>();

	protected Agreement() {
	}

	public Agreement(int smaNumber) {
		this.smaNumber = smaNumber;
	}

	/** The terms as entered; the yearly amounts are set separately with {@link #setYearAmount}. */
	public void update(Terms terms, Set<Source> sources) {
		this.firstYear = terms.firstYear();
		this.lastYear = terms.lastYear();
		this.headlineYear = terms.headlineYear();
		this.signedDate = terms.signedDate();
		this.ratifiedDate = terms.ratifiedDate();
		this.status = terms.status();
		this.escalationRule = terms.escalationRule();
		this.escalationDetail = terms.escalationDetail();
		this.escalationRatePct = terms.escalationRatePct();
		this.escalationFloorPct = terms.escalationFloorPct();
		this.escalationCapPct = terms.escalationCapPct();
		this.firstYearAmountKrw = terms.firstYearAmountKrw();
		this.usdEquivalentQuoted = terms.usdEquivalentQuoted();
		this.sources.clear();
		this.sources.addAll(sources);
	}

	/** An agreement's terms apart from its yearly amounts. */
	public record Terms(int firstYear, int lastYear, int headlineYear, LocalDate signedDate, LocalDate ratifiedDate,
			AgreementStatus status, EscalationRule escalationRule, String escalationDetail,
			BigDecimal escalationRatePct, BigDecimal escalationFloorPct, BigDecimal escalationCapPct,
			BigDecimal firstYearAmountKrw, BigDecimal usdEquivalentQuoted) {
	}

	/**
	 * Sets one year's amount: an existing year keeps its sources and quoted figures, a new year cites
	 * the given sources.
	 */
	public void setYearAmount(int year, BigDecimal amount, org.smatracker.money.Currency currency, YearBasis basis,
			Set<Source> newYearSources) {
		for (AgreementYear y : years) {
			if (y.getYear() == year) {
				y.update(amount, currency, basis);
				return;
			}
		}
		years.add(new AgreementYear(this, year, amount, currency, basis, newYearSources));
	}

	/** Drops the years not in the given set (their quoted figures go with them). */
	public void keepYears(Set<Integer> kept) {
		years.removeIf(y -> !kept.contains(y.getYear()));
	}

	public Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("smaNumber", String.valueOf(smaNumber));
		values.put("firstYear", String.valueOf(firstYear));
		values.put("lastYear", String.valueOf(lastYear));
		values.put("headlineYear", String.valueOf(headlineYear));
		values.put("signedDate", signedDate == null ? "" : signedDate.toString());
		values.put("ratifiedDate", ratifiedDate == null ? "" : ratifiedDate.toString());
		values.put("inForceDate", inForceDate == null ? "" : inForceDate.toString());
		values.put("status", String.valueOf(status));
		values.put("escalationRule", String.valueOf(escalationRule));
		values.put("escalationDetail", escalationDetail == null ? "" : escalationDetail);
		values.put("escalationRatePct", plain(escalationRatePct));
		values.put("escalationFloorPct", plain(escalationFloorPct));
		values.put("escalationCapPct", plain(escalationCapPct));
		values.put("firstYearAmountKrw", plain(firstYearAmountKrw));
		values.put("usdEquivalentQuoted", plain(usdEquivalentQuoted));
		values.put("years", String.join("; ", years.stream()
			.map(y -> y.getYear() + " " + y.getAmount().stripTrailingZeros().toPlainString() + " " + y.getCurrency() + " " + y.getBasis())
			.toList()));
		values.put("sources", String.join(", ", sources.stream().map(Source::getCode).sorted().toList()));
		return values;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	public int getSmaNumber() {
		return smaNumber;
	}

	public int getFirstYear() {
		return firstYear;
	}

	public int getLastYear() {
		return lastYear;
	}

	public int getHeadlineYear() {
		return headlineYear;
	}

	public int getYearsCovered() {
		return lastYear - firstYear + 1;
	}

	public LocalDate getSignedDate() {
		return signedDate;
	}

	public LocalDate getRatifiedDate() {
		return ratifiedDate;
	}

	public LocalDate getInForceDate() {
		return inForceDate;
	}

	public Source getSignedSource() {
		return signedSource;
	}

	public Source getRatifiedSource() {
		return ratifiedSource;
	}

	public Source getInForceSource() {
		return inForceSource;
	}

	public String getSignedNote() {
		return signedNote;
	}

	public String getRatifiedNote() {
		return ratifiedNote;
	}

	public String getInForceNote() {
		return inForceNote;
	}

	public AgreementStatus getStatus() {
		return status;
	}

	public EscalationRule getEscalationRule() {
		return escalationRule;
	}

	public String getEscalationDetail() {
		return escalationDetail;
	}

	public BigDecimal getEscalationRatePct() {
		return escalationRatePct;
	}

	public BigDecimal getEscalationFloorPct() {
		return escalationFloorPct;
	}

	public BigDecimal getEscalationCapPct() {
		return escalationCapPct;
	}

	public BigDecimal getFirstYearAmountKrw() {
		return firstYearAmountKrw;
	}

	public BigDecimal getUsdEquivalentQuoted() {
		return usdEquivalentQuoted;
	}

	/** The amount recorded for one year of the agreement, if any. */
	public Optional<AgreementYear> year(int year) {
		return years.stream().filter(y -> y.getYear() == year).findFirst();
	}

	/**
	 * The amount of the agreement's last year: the baseline of the next negotiation (domain.md), which
	 * percent and multiple positions resolve against. Absent while that year is not recorded.
	 */
	public Optional<AgreementYear> lastYearAmount() {
		return year(lastYear);
	}

	public List<AgreementYear> getYears() {
		return years;
	}

	public Set<Source> getSources() {
		return sources;
	}

}

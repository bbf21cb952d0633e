package org.smatracker.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.smatracker.model.BaseEntity;
import org.smatracker.source.Source;

/** One numbered Special Measures Agreement. */
@Entity
@Table(name = "agreements")
public class Agreement extends BaseEntity {

	private int smaNumber;

	private int firstYear;

	private int lastYear;

	/** The first year whose amount the deal actually sets (2021 for the 11th, which froze 2020). */
	private int headlineYear;

	private LocalDate signedDate;

	private LocalDate ratifiedDate;

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

	@OneToMany(mappedBy = "agreement")
	@OrderBy("year")
	private List<AgreementYear> years = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "agreement_sources", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("code")
	private Set<Source> sources = new LinkedHashSet<>();

	protected Agreement() {
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

	public List<AgreementYear> getYears() {
		return years;
	}

	public Set<Source> getSources() {
		return sources;
	}

}

package org.smatracker.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;

import org.smatracker.model.DeletableEntity;
import org.smatracker.model.Party;
import org.smatracker.model.Recorded;

/** A person on one side of the talks. Their roles in each negotiation are appointments. */
@Entity
@SQLRestriction("deleted = false")
@Table(name = "negotiators")
public class Negotiator extends DeletableEntity implements Recorded {

	/** The name of this kind of record in the change history. */
	public static final String AUDIT_TYPE = "negotiator";

	private String name;

	/** The name in Hangul, where the record has it. */
	private String nameKo;

	@Enumerated(EnumType.STRING)
	private Party party;

	@OneToMany(mappedBy = "negotiator")
	@OrderBy("fromDate")
	private List<Appointment> appointments = new ArrayList<>();

	protected Negotiator() {
	}

	public Negotiator(String name, String nameKo, Party party) {
		this.name = name;
		this.nameKo = nameKo;
		this.party = party;
	}

	public void update(String name, String nameKo, Party party) {
		this.name = name;
		this.nameKo = nameKo;
		this.party = party;
	}

	public Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("nameKo", nameKo == null ? "" : nameKo);
		values.put("party", String.valueOf(party));
		return values;
	}

	public String getName() {
		return name;
	}

	public String getNameKo() {
		return nameKo;
	}

	public Party getParty() {
		return party;
	}

	public List<Appointment> getAppointments() {
		return appointments;
	}

}

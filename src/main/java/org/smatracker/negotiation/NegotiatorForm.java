package org.smatracker.negotiation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smatracker.edit.VersionedForm;
import org.smatracker.model.Party;

/** A person as an analyst enters them: the name in Latin letters and in Hangul, and their side. */
public class NegotiatorForm extends VersionedForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 120)
	private String nameKo;

	@NotNull
	private Party party;

	static NegotiatorForm of(Negotiator n) {
		NegotiatorForm f = new NegotiatorForm();
		f.setVersion(n.getVersion());
		f.name = n.getName();
		f.nameKo = n.getNameKo();
		f.party = n.getParty();
		return f;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameKo() {
		return nameKo;
	}

	public void setNameKo(String nameKo) {
		this.nameKo = nameKo;
	}

	public Party getParty() {
		return party;
	}

	public void setParty(Party party) {
		this.party = party;
	}

}

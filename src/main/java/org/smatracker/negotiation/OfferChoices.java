package org.smatracker.negotiation;

import org.springframework.ui.Model;

import org.smatracker.model.OfferKind;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Party;
import org.smatracker.model.Reliability;
import org.smatracker.model.StatedAs;
import org.smatracker.money.Currency;

/** The values a position's fields choose from, for every form that has position fields. */
final class OfferChoices {

	private OfferChoices() {
	}

	static void addTo(Model model) {
		model.addAttribute("parties", Party.values());
		model.addAttribute("offerKinds", OfferKind.values());
		model.addAttribute("offerForms", StatedAs.values());
		model.addAttribute("currencies", Currency.values());
		model.addAttribute("reliabilities", Reliability.values());
		model.addAttribute("statuses", OfferStatus.values());
	}

	/** The talks the position belongs to, and their meetings for the round picker. */
	static void addNegotiation(Model model, OfferEditService offers, int smaNumber) {
		model.addAttribute("negotiation", offers.negotiation(smaNumber));
		model.addAttribute("rounds", offers.rounds(smaNumber));
	}

}

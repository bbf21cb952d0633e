package org.smatracker.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.negotiation.NegotiationRepository;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.RoundRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The compare page's talks columns against the rounds read one negotiation at a time. */
@AppTest
@Transactional
class CompareServiceTest {

	@Autowired
	CompareService compare;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	RoundRepository rounds;

	@Autowired
	AgreementRepository agreements;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void roundsAndDaysToSigningOfEachChosenAgreement() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		// 1 has no negotiation on record: its talks columns read "—".
		List<CompareService.Column> columns = compare.compare(List.of(1, 10, 11, 12), "").columns();
		assertThat(columns).extracting(CompareService.Column::smaNumber).containsExactly(1, 10, 11, 12);
		for (CompareService.Column column : columns) {
			var negotiation = negotiations.findBySmaNumber(column.smaNumber());
			if (negotiation.isEmpty()) {
				assertThat(column.rounds()).as("SMA %d", column.smaNumber()).isEqualTo("—");
				assertThat(column.days()).isEqualTo("—");
				continue;
			}
			List<Round> talks = rounds.findForNegotiation(negotiation.get().getId());
			assertThat(talks).as("SMA %d", column.smaNumber()).isNotEmpty();
			assertThat(column.rounds()).as("SMA %d", column.smaNumber()).isEqualTo(String.valueOf(talks.size()));
			LocalDate first = talks.get(0).getStartDate();
			LocalDate signed = agreements.findAllByOrderBySmaNumber().stream()
				.filter(a -> a.getSmaNumber() == column.smaNumber())
				.findFirst().orElseThrow().getSignedDate();
			assertThat(column.days()).as("SMA %d", column.smaNumber())
				.isEqualTo(signed == null ? "—" : String.valueOf(ChronoUnit.DAYS.between(first, signed)));
		}
	}

}

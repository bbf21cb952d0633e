package org.smatracker.datahealth;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker over the record as the migrations ship it: no error-level finding. What no source could
 * resolve is acknowledged in data_health_notes and stays visible as a warning.
 */
@AppTest
@Transactional
// The same configuration as the page and form tests: one shared application context, one connection pool.
class ShippedDataHealthTest {

	@Autowired
	DataHealthService health;

	@Test
	void theShippedRecordHasNoErrors() {
		List<Finding> findings = health.findings();
		// The counts by rule go to the build log, for the report and for whoever reads it next.
		System.out.println("Data health of the shipped record: " + DataHealthChecker.counts(findings));
		findings.forEach(f -> System.out.println("  " + f.severity() + " " + f.rule() + " " + f.record().label() + ": "
				+ f.messageKey() + " " + f.args() + (f.note() == null ? "" : " [" + f.note() + "]")));
		assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
	}

}

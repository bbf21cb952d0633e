package org.smatracker.synthetic;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With profile {@code synthetic} (never the default), adds the synthetic record at start-up:
 * {@code sma.synthetic.negotiations} (100) negotiations of {@code sma.synthetic.rounds} (100) rounds
 * with {@code sma.synthetic.positions-per-round} (5) positions each.
 */
@Component
@Profile("synthetic")
class SyntheticRunner implements ApplicationRunner {

	private final SyntheticRecord record;

	private final int negotiations;

	private final int rounds;

	private final int positions;

	SyntheticRunner(SyntheticRecord record, @Value("${sma.synthetic.negotiations:100}") int negotiations,
			@Value("${sma.synthetic.rounds:100}") int rounds,
			@Value("${sma.synthetic.positions-per-round:5}") int positions) {
		this.record = record;
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.positions = positions;
	}

	@Override
	public void run(ApplicationArguments args) {
		record.add(negotiations, rounds, positions);
	}

}

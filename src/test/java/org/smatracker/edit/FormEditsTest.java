package org.smatracker.edit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;

import org.smatracker.model.Recorded;
import org.smatracker.model.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stale version seen before writing and one only the database catches at the write are refused the
 * same way. The second cannot be raced reliably in a flow test, so it is shown here.
 */
class FormEditsTest {

	private record Stored(long getVersion, Map<String, String> snapshot) implements Recorded {

		@Override
		public Long getId() {
			return 7L;
		}

		@Override
		public void markDeleted() {
		}

	}

	private static final Stored STORED = new Stored(4, Map.of("title", "saved by someone else"));

	private long formVersion = 3;

	@Test
	void aSavedEditPassesThrough() {
		ExtendedModelMap model = new ExtendedModelMap();
		Edited<String> saved = FormEdits.update(() -> Edited.saved("record"), () -> STORED, v -> formVersion = v,
				model);
		assertThat(saved.record()).isEqualTo("record");
		assertThat(model).doesNotContainKey("conflict");
		assertThat(formVersion).isEqualTo(3);
	}

	@Test
	void aStaleVersionSentIsShownBesideTheStoredValues() {
		ExtendedModelMap model = new ExtendedModelMap();
		Edited<String> refused = FormEdits.update(() -> {
			throw new StaleEditException(STORED.snapshot(), STORED.getVersion());
		}, () -> STORED, v -> formVersion = v, model);
		assertThat(refused.isInvalid()).isTrue();
		assertThat(model.get("conflict")).isEqualTo(STORED.snapshot());
		assertThat(formVersion).isEqualTo(4);
	}

	@Test
	void aSaveTheDatabaseRefusesAsStaleIsShownTheSameWay() {
		ExtendedModelMap model = new ExtendedModelMap();
		Edited<String> refused = FormEdits.update(() -> {
			throw new ObjectOptimisticLockingFailureException(Stored.class, 7L);
		}, () -> STORED, v -> formVersion = v, model);
		assertThat(refused.isInvalid()).isTrue();
		assertThat(model.get("conflict")).isEqualTo(STORED.snapshot());
		assertThat(formVersion).isEqualTo(4);
	}

}

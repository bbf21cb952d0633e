package org.smatracker.edit;

import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;

import org.smatracker.model.Recorded;
import org.smatracker.model.StaleEditException;

/**
 * How every form saves an edit, so that all of them refuse a concurrent edit the same way: the user
 * sees the stored values beside theirs ({@code conflict} in the model, shown by
 * {@code fragments/forms :: conflict}), and the form now carries the stored version, so saving again
 * applies their values on top. It makes no difference to the user whether the other save was seen
 * before writing (the version sent is not the stored one) or only by the database at the write (the
 * other save committed in between).
 */
public final class FormEdits {

	private FormEdits() {
	}

	/**
	 * Runs a form's update.
	 * @param stored loads the record as stored now (after the refused transaction)
	 * @param setVersion the form's version setter
	 * @return the update's answer, or {@link Edited#invalid()} when it was refused as stale: the form is
	 * shown again either way
	 */
	public static <T> Edited<T> update(Supplier<Edited<T>> update, Supplier<? extends Recorded> stored,
			LongConsumer setVersion, Model model) {
		try {
			return update.get();
		}
		catch (StaleEditException ex) {
			return refused(ex.getCurrent(), ex.getCurrentVersion(), setVersion, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Recorded current = stored.get();
			return refused(current.snapshot(), current.getVersion(), setVersion, model);
		}
	}

	private static <T> Edited<T> refused(Map<String, String> current, long version, LongConsumer setVersion,
			Model model) {
		model.addAttribute("conflict", current);
		setVersion.accept(version);
		return Edited.invalid();
	}

}

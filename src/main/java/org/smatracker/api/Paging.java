package org.smatracker.api;

import java.time.LocalDate;

import org.smatracker.model.BadRequestException;

/** Page number (from 0) and size, checked: a page is at most {@link #MAX_SIZE} items. */
record Paging(int page, int size) {

	static final int DEFAULT_SIZE = 50;

	/** Never more than one batch of lazy loading (hibernate.default_batch_fetch_size), so a page costs a fixed number of statements. */
	static final int MAX_SIZE = 100;

	static Paging of(Integer page, Integer size) {
		int p = page == null ? 0 : page;
		int s = size == null ? DEFAULT_SIZE : size;
		if (p < 0 || p > 1_000_000) {
			throw new BadRequestException("Parameter 'page' must be between 0 and 1000000");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new BadRequestException("Parameter 'size' must be between 1 and " + MAX_SIZE);
		}
		return new Paging(p, s);
	}

	int offset() {
		return page * size;
	}

	static void checkRange(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequestException("Parameter 'to' must not be before 'from'");
		}
	}

	static void checkRange(Integer from, Integer to) {
		if (from != null && to != null && to < from) {
			throw new BadRequestException("Parameter 'toYear' must not be before 'fromYear'");
		}
	}

}

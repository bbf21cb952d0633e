package org.smatracker.api;

import java.util.List;

/**
 * One page of a list: the items, the page asked for (from 0), its size, and how many items and pages
 * there are in all.
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <T> ApiPage<T> of(List<T> items, Paging paging, long total) {
		int pages = (int) ((total + paging.size() - 1) / paging.size());
		return new ApiPage<>(items, paging.page(), paging.size(), total, pages);
	}

}

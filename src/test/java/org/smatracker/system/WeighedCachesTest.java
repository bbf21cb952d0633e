package org.smatracker.system;

import java.time.LocalDate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

import org.smatracker.AppTest;
import org.smatracker.model.Weighed;
import org.smatracker.negotiation.GapService;
import org.smatracker.negotiation.GapService.GapReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyses' caches are bounded by the rows they hold, not by their entries: a visitor asking for
 * the gap as of one date after another makes an entry per date, and at 1,000 entries of a 500-position
 * negotiation each the heap of 256 MB was full.
 */
@AppTest
class WeighedCachesTest {

	@Autowired
	GapService gaps;

	@Autowired
	CacheManager caches;

	@Value("${sma.cache.analyses.max-weight}")
	long maxWeight;

	@AfterEach
	void emptyTheCache() {
		caches.getCache("gaps").clear();
	}

	@SuppressWarnings("unchecked")
	private Cache<Object, Object> nativeCache(String name) {
		return ((CaffeineCache) caches.getCache(name)).getNativeCache();
	}

	@Test
	void theAnalysesCachesAreBoundedByWeight() {
		for (String name : CachingConfiguration.WEIGHED) {
			Policy.Eviction<Object, Object> eviction = nativeCache(name).policy().eviction().orElseThrow();
			assertThat(eviction.isWeighted()).as(name).isTrue();
			assertThat(eviction.getMaximum()).as(name).isEqualTo(maxWeight);
		}
	}

	@Test
	void analysesAsOfManyDatesStayWithinTheWeight() {
		Cache<Object, Object> cache = nativeCache("gaps");
		cache.invalidateAll();
		GapReport one = gaps.analyse(11, null, false);
		int weight = Weighed.of(one);
		assertThat(weight).isEqualTo(1 + one.analysis().offers().size() + one.analysis().points().size())
			.isGreaterThan(1);
		// More dates than the weight allows, each after the talks ended: each analysis as heavy as the whole.
		int dates = (int) (maxWeight / weight) + 50;
		LocalDate first = LocalDate.of(2022, 1, 1);
		for (int i = 0; i < dates; i++) {
			gaps.analyse(11, first.plusDays(i), false);
		}
		cache.cleanUp();
		Policy.Eviction<Object, Object> eviction = cache.policy().eviction().orElseThrow();
		assertThat(eviction.weightedSize().orElseThrow()).isLessThanOrEqualTo(maxWeight);
		assertThat(Weighed.of(gaps.analyse(11, first.plusDays(1), false))).isEqualTo(weight);
		assertThat(cache.estimatedSize()).isLessThan(dates).isGreaterThan(dates / 2);
		// The newest analysis is kept and served again.
		LocalDate last = first.plusDays(dates - 1);
		assertThat(gaps.analyse(11, last, false)).isSameAs(gaps.analyse(11, last, false));
	}

}

package org.smatracker.system;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import org.smatracker.model.Weighed;

/**
 * Caching runs outside the transaction: a hit answers without taking a database connection. The
 * caches themselves (Caffeine, per instance) are set in application.properties; what they hold is
 * keyed by {@link DataVersion}. The page models ({@link PageModels}) are far larger than an analysis,
 * so their cache holds fewer. The analyses and the records they stand on ({@link #WEIGHED}) are bounded
 * by the rows they hold ({@link Weighed}): an entry per date asked for, at 500 positions each, filled a
 * 256 MB heap when they were bounded at 1,000 entries.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class CachingConfiguration {

	/** The caches bounded by weight: the gap analyses, their frames and the rest of a negotiation's record. */
	static final List<String> WEIGHED = List.of("gaps", "gapFrames", "recordParts");

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> pageModelsCache(
			@Value("${sma.cache.models.max-entries:16}") long maxEntries) {
		return manager -> manager.registerCustomCache(PageModels.CACHE,
				Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(Duration.ofMinutes(30)).build());
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> weighedCaches(
			@Value("${sma.cache.analyses.max-weight:60000}") long maxWeight) {
		return manager -> WEIGHED.forEach(name -> manager.registerCustomCache(name,
				Caffeine.newBuilder()
					.maximumWeight(maxWeight)
					.weigher((Object key, Object value) -> Weighed.of(value))
					.expireAfterAccess(Duration.ofMinutes(30))
					.build()));
	}

}

package org.smatracker.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Caching runs outside the transaction: a hit answers without taking a database connection. The
 * caches themselves (Caffeine, per instance) are set in application.properties; what they hold is
 * keyed by {@link DataVersion}. The page models ({@link PageModels}) are far larger than an analysis,
 * so their cache holds fewer.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class CachingConfiguration {

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> pageModelsCache(
			@Value("${sma.cache.models.max-entries:16}") long maxEntries) {
		return manager -> manager.registerCustomCache(PageModels.CACHE,
				Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(Duration.ofMinutes(30)).build());
	}

}

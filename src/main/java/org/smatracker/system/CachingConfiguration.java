package org.smatracker.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Caching runs outside the transaction: a hit answers without taking a database connection. The
 * caches themselves (Caffeine, per instance) are set in application.properties; what they hold is
 * keyed by {@link DataVersion}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class CachingConfiguration {

}

package org.smatracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context for tests that look inside the running app: Hibernate's statement
 * statistics on, the SQL it prepares recorded ({@link RecordedStatements}), the rendered-page cache
 * off (every request reaches the database) and the admin-only
 * actuator endpoints exposed. A configuration of its own because the page cache that {@link AppTest}
 * ships with would answer a page another test asked for first without a statement. Each test class
 * used to set one of these alone, each a fresh start-up; with the same annotation they share one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=org.smatracker.RecordedStatements",
		"sma.cache.pages.enabled=false", "management.endpoints.web.exposure.include=health,info,metrics" })
@AutoConfigureMockMvc
public @interface InstrumentedAppTest {

}

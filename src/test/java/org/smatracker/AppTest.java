package org.smatracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context for tests of the app as it ships: served on a random port (for tests
 * over real HTTP: {@code @LocalServerPort}) and reachable through {@code MockMvc} as well, with the
 * first admin's password known (the browser tests sign in as that admin). Every test class that
 * starts the app this way shares one start-up; a class that needs another configuration says why
 * ({@link InstrumentedAppTest}: every request reaching the database; FileDatabaseRestartTest: a file
 * database restarted; PageCacheTest: a second instance; DatabaseOutageTest: a throwaway server).
 * Add no properties or mock beans to a single class: each variation is a start-up of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "SMA_ADMIN_PASSWORD=" + AppTest.ADMIN_PASSWORD)
@AutoConfigureMockMvc
public @interface AppTest {

	/** The password of the admin the app creates on an empty users table. */
	String ADMIN_PASSWORD = "test-admin-password";

}

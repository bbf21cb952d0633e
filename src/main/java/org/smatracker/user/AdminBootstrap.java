package org.smatracker.user;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database with no users, creates {@code admin} with the password from SMA_ADMIN_PASSWORD,
 * or a random one that is logged once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final String configuredPassword;

	AdminBootstrap(AppUserRepository users, PasswordEncoder encoder,
			@Value("${SMA_ADMIN_PASSWORD:}") String configuredPassword) {
		this.users = users;
		this.encoder = encoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		String password = configuredPassword;
		if (password == null || password.isBlank()) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			log.warn("No users yet: created user 'admin' with the generated password {} "
					+ "(set SMA_ADMIN_PASSWORD to choose it; change it under Admin > Users)", password);
		}
		else {
			log.info("No users yet: created user 'admin' with the password from SMA_ADMIN_PASSWORD");
		}
		users.save(new AppUser("admin", encoder.encode(password), Role.ADMIN));
	}

}

package org.smatracker.user;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in checks the lock before the password (a locked account is refused without comparing it)
 * and once more after it: under parallel guessing the lock may have been set while this request
 * was comparing its password, and then a right password must not get through either.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	DaoAuthenticationProvider authenticationProvider(AppUserDetailsService userDetails, PasswordEncoder encoder,
			AppUserRepository users) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
		provider.setPasswordEncoder(encoder);
		provider.setPostAuthenticationChecks(user -> {
			if (users.isLocked(user.getUsername(), Instant.now())) {
				throw new LockedException("Locked after repeated failed sign-ins");
			}
		});
		return provider;
	}

}

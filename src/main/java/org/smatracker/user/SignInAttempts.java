package org.smatracker.user;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repeated failed sign-ins lock the account for a while; a success clears the count. Each is one
 * UPDATE statement, so parallel guesses neither lose counts nor fail on each other's version.
 */
@Component
class SignInAttempts {

	private final AppUserRepository users;

	SignInAttempts(AppUserRepository users) {
		this.users = users;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		users.recordFailure(event.getAuthentication().getName(), AppUser.MAX_FAILED_ATTEMPTS,
				Instant.now().plusSeconds(AppUser.LOCK_MINUTES * 60));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		users.recordSuccess(event.getAuthentication().getName());
	}

}

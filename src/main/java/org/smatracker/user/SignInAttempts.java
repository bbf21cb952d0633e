package org.smatracker.user;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Repeated failed sign-ins lock the account for a while; a success clears the count. */
@Component
class SignInAttempts {

	private final AppUserRepository users;

	SignInAttempts(AppUserRepository users) {
		this.users = users;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		users.findByUsername(event.getAuthentication().getName()).ifPresent(u -> u.recordFailure(Instant.now()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		users.findByUsername(event.getAuthentication().getName()).ifPresent(AppUser::recordSuccess);
	}

}

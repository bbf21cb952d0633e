package org.smatracker.user;

import java.time.Instant;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users from the database; a locked or disabled account cannot sign in. */
@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AppUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole() == Role.ADMIN ? new String[] { "ADMIN", "ANALYST" } : new String[] { "ANALYST" })
			.disabled(!user.isEnabled())
			.accountLocked(user.isLocked(Instant.now()))
			.build();
	}

}

package org.smatracker.user;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.model.NotFoundException;

@Service
public class UserAdminService {

	static final int MIN_PASSWORD = 10;

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	UserAdminService(AppUserRepository users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
	}

	@Transactional(readOnly = true)
	public List<AppUser> list() {
		return users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return users.findByUsername(username).isPresent();
	}

	@Transactional
	public AppUser create(NewUserForm form) {
		return users.save(new AppUser(form.getUsername(), encoder.encode(form.getPassword()), form.getRole()));
	}

	@Transactional
	public AppUser setEnabled(long id, boolean enabled) {
		AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
		user.setEnabled(enabled);
		return user;
	}

	@Transactional
	public AppUser resetPassword(long id, String password) {
		AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
		user.changePassword(encoder.encode(password));
		return user;
	}

}

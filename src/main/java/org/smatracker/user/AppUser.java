package org.smatracker.user;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.smatracker.model.BaseEntity;

/** Someone who signs in to write. The password is stored only as a BCrypt hash. */
@Entity
@Table(name = "app_users")
public class AppUser extends BaseEntity {

	/** Failed sign-ins in a row that lock an account, and for how long. */
	static final int MAX_FAILED_ATTEMPTS = 5;

	static final long LOCK_MINUTES = 15;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, Role role) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setRole(Role role) {
		this.role = role;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

}

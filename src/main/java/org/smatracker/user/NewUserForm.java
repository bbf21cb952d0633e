package org.smatracker.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin adds a user: a name, a first password and a role. */
public class NewUserForm {

	@NotBlank
	@Pattern(regexp = "^[A-Za-z0-9._-]{3,60}$", message = "{users.username.pattern}")
	private String username;

	@NotBlank
	@Size(min = 10, max = 200, message = "{users.password.length}")
	private String password;

	@NotNull
	private Role role = Role.ANALYST;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}

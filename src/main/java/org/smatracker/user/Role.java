package org.smatracker.user;

/** ANALYST writes the record; ADMIN also manages users and restores deleted records. */
public enum Role {

	ANALYST, ADMIN

}

package org.smatracker.model;

import jakarta.persistence.MappedSuperclass;

/** An editable record that is deleted softly: the row stays, hidden from every query, until an admin restores it. */
@MappedSuperclass
public abstract class DeletableEntity extends BaseEntity {

	private boolean deleted;

	public boolean isDeleted() {
		return deleted;
	}

	public void markDeleted() {
		this.deleted = true;
	}

}

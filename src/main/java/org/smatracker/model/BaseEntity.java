package org.smatracker.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Identity and optimistic-locking version shared by every editable entity. */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public boolean isNew() {
		return id == null;
	}

}

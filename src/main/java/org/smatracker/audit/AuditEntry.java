package org.smatracker.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to the record: who, when, and the values before and after, as JSON objects. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String entityType;

	private long entityId;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String username;

	private Instant changedAt;

	private String summary;

	@Column(name = "before_json")
	private String before;

	@Column(name = "after_json")
	private String after;

	protected AuditEntry() {
	}

	AuditEntry(String entityType, long entityId, AuditAction action, String username, Instant changedAt,
			String summary, String before, String after) {
		this.entityType = entityType;
		this.entityId = entityId;
		this.action = action;
		this.username = username;
		this.changedAt = changedAt;
		this.summary = summary;
		this.before = before;
		this.after = after;
	}

	public Long getId() {
		return id;
	}

	public String getEntityType() {
		return entityType;
	}

	public long getEntityId() {
		return entityId;
	}

	public AuditAction getAction() {
		return action;
	}

	public String getUsername() {
		return username;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getSummary() {
		return summary;
	}

	public String getBefore() {
		return before;
	}

	public String getAfter() {
		return after;
	}

}

package org.smatracker.audit;

public enum AuditAction {

	CREATED, UPDATED, DELETED, RESTORED

}

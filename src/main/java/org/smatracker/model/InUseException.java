package org.smatracker.model;

/**
 * A delete refused because other records still cite this one (a source cited by positions, a
 * negotiator who led rounds): deleting it would leave them pointing at nothing. The message key and
 * its arguments say what still refers to it.
 */
public class InUseException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public InUseException(String messageKey, Object... arguments) {
		super("The record is still referred to: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments;
	}

}

package org.smatracker.edit;

/**
 * A record's form: it carries the version of the record the analyst started from, so a save can be
 * refused when someone else saved in between (see {@link FormEdits}).
 */
public abstract class VersionedForm {

	private long version;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

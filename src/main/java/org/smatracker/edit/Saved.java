package org.smatracker.edit;

/** The write API's answer to a saved record: its id, the version to send with the next edit, its page. */
public record Saved(long id, long version, String page) {

}

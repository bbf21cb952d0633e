package org.smatracker.model;

/**
 * The version of the record as readers can cite it: it changes with every write. Downloads and
 * citations carry it so a figure can be traced to the state of the data it came from.
 */
public interface RecordVersion {

	long current();

}

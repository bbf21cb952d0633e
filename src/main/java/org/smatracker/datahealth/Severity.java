package org.smatracker.datahealth;

/** How bad a finding is: an error is a contradiction in the record; the build fails on one. */
public enum Severity {

	ERROR, WARNING, INFO

}
